CREATE TABLE `oidc_clients` (
	`instance_id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`client_type` text NOT NULL,
	`secret_hash` text,
	`secret_created_at` integer,
	`redirect_uris` text NOT NULL,
	`post_logout_redirect_uris` text NOT NULL,
	`backchannel_logout_uri` text,
	FOREIGN KEY (`instance_id`) REFERENCES `module_instances`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `oidc_clients_client_id` ON `oidc_clients` (`client_id`);--> statement-breakpoint
ALTER TABLE `module_instances` ADD `landing_page_url` text;--> statement-breakpoint
ALTER TABLE `module_instances` ADD `local_login_url` text;--> statement-breakpoint
ALTER TABLE `module_instances` ADD `icon_url` text;