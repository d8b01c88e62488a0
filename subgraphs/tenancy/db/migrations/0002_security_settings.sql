CREATE TABLE `ip_access_events` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`client_address` text NOT NULL,
	`outcome` text NOT NULL,
	`stage` text NOT NULL,
	`subject` text,
	`occurred_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ip_access_events_company_time` ON `ip_access_events` (`company_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `security_settings` (
	`company_id` text PRIMARY KEY NOT NULL,
	`lockout_threshold` integer NOT NULL,
	`lockout_duration_minutes` integer NOT NULL,
	`session_idle_timeout_minutes` integer NOT NULL,
	`session_lifetime_minutes` integer NOT NULL,
	`ip_access_list_enabled` integer NOT NULL,
	`ip_access_list_mode` text NOT NULL,
	`ip_access_list_entries` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
