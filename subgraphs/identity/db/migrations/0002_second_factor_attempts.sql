ALTER TABLE `totp_credentials` ADD `failed_attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `totp_credentials` ADD `blocked_until` integer;