CREATE TABLE `module_account_links` (
	`instance_id` text NOT NULL,
	`user_id` text NOT NULL,
	`module_account_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`instance_id`) REFERENCES `module_instances`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `module_account_links_user` ON `module_account_links` (`instance_id`,`user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `module_account_links_account` ON `module_account_links` (`instance_id`,`module_account_id`);--> statement-breakpoint
CREATE TABLE `module_provisioning` (
	`instance_id` text PRIMARY KEY NOT NULL,
	`enabled` integer NOT NULL,
	`scim_base_url` text,
	`scim_token_sealed` text,
	`scim_token_set_at` integer,
	`default_role` text,
	`master_role` text,
	`user_role` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`instance_id`) REFERENCES `module_instances`(`id`) ON UPDATE no action ON DELETE cascade
);
