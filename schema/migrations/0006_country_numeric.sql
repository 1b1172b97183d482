ALTER TABLE `countries` ADD `iso_numeric` text;--> statement-breakpoint
CREATE UNIQUE INDEX `countries_iso_numeric_unique` ON `countries` (`iso_numeric`);