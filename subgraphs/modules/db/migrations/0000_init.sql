CREATE TABLE `module_instances` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`module_name` text NOT NULL,
	`instance_name` text NOT NULL,
	`base_url` text NOT NULL,
	`unified_login_enabled` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `module_instances_company` ON `module_instances` (`company_id`);