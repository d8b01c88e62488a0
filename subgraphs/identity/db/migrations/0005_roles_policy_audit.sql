CREATE TABLE `audit_events` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`action` text NOT NULL,
	`actor_user_id` text NOT NULL,
	`actor_username` text NOT NULL,
	`target_user_id` text,
	`target_username` text,
	`detail` text,
	`occurred_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_events_company_time` ON `audit_events` (`company_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `password_policies` (
	`company_id` text PRIMARY KEY NOT NULL,
	`min_length` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `users` ADD `role` text DEFAULT 'USER' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `activated_at` integer;--> statement-breakpoint
-- Users who already chose a password count as activated since they were created.
UPDATE `users` SET `activated_at` = `created_at` WHERE `password_hash` IS NOT NULL;
