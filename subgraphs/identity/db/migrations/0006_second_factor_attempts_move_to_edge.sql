ALTER TABLE `totp_credentials` DROP COLUMN `failed_attempts`;--> statement-breakpoint
ALTER TABLE `totp_credentials` DROP COLUMN `blocked_until`;