PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_identifiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer,
	`person_id` integer,
	`country_id` integer,
	`scheme` text NOT NULL,
	`value` text NOT NULL,
	`start_date` text,
	`end_date` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`country_id`) REFERENCES `countries`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "identifiers_one_owner" CHECK(("__new_identifiers"."organization_id" IS NOT NULL) + ("__new_identifiers"."person_id" IS NOT NULL) + ("__new_identifiers"."country_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
INSERT INTO `__new_identifiers`("id", "organization_id", "person_id", "country_id", "scheme", "value", "start_date", "end_date") SELECT "id", "organization_id", "person_id", NULL, "scheme", "value", NULL, NULL FROM `identifiers`;--> statement-breakpoint
DROP TABLE `identifiers`;--> statement-breakpoint
ALTER TABLE `__new_identifiers` RENAME TO `identifiers`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `identifiers_scheme_value_idx` ON `identifiers` (`scheme`,`value`);--> statement-breakpoint
CREATE INDEX `identifiers_organization_idx` ON `identifiers` (`organization_id`);--> statement-breakpoint
CREATE INDEX `identifiers_person_idx` ON `identifiers` (`person_id`);--> statement-breakpoint
CREATE INDEX `identifiers_country_idx` ON `identifiers` (`country_id`);--> statement-breakpoint
ALTER TABLE `countries` ADD `iso_numeric` text;--> statement-breakpoint
CREATE UNIQUE INDEX `countries_iso_numeric_unique` ON `countries` (`iso_numeric`);