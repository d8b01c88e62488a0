CREATE TABLE `access_group_instances` (
	`group_id` text NOT NULL,
	`instance_id` text NOT NULL,
	PRIMARY KEY(`group_id`, `instance_id`),
	FOREIGN KEY (`group_id`) REFERENCES `access_groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `access_group_members` (
	`group_id` text NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`group_id`, `user_id`),
	FOREIGN KEY (`group_id`) REFERENCES `access_groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `access_group_members_user` ON `access_group_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `access_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`name` text NOT NULL,
	`name_normalized` text NOT NULL,
	`kind` text NOT NULL,
	`active` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `access_groups_company_name` ON `access_groups` (`company_id`,`name_normalized`);--> statement-breakpoint
ALTER TABLE `companies` ADD `root_master_user_id` text;