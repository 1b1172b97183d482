CREATE TABLE `seed_rows` (
	`table_name` text NOT NULL,
	`key` text NOT NULL,
	`row_id` integer,
	`seeded` text NOT NULL,
	PRIMARY KEY(`table_name`, `key`)
);
