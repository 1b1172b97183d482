CREATE TABLE `affiliations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`parent_id` integer NOT NULL,
	`kind` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`note` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "affiliations_not_self" CHECK("affiliations"."organization_id" <> "affiliations"."parent_id")
);
--> statement-breakpoint
CREATE INDEX `affiliations_organization_idx` ON `affiliations` (`organization_id`);--> statement-breakpoint
CREATE INDEX `affiliations_parent_idx` ON `affiliations` (`parent_id`);--> statement-breakpoint
CREATE TABLE `agreement_parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_parties_unique_idx` ON `agreement_parties` (`agreement_id`,`organization_id`);--> statement-breakpoint
CREATE INDEX `agreement_parties_organization_idx` ON `agreement_parties` (`organization_id`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`handle` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`scope` text,
	`topics` text DEFAULT '[]' NOT NULL,
	`discussed_date` text,
	`signed_date` text,
	`start_date` text,
	`end_date` text,
	`origin_event_id` integer,
	FOREIGN KEY (`origin_event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_handle_unique` ON `agreements` (`handle`);--> statement-breakpoint
CREATE INDEX `agreements_status_idx` ON `agreements` (`status`);--> statement-breakpoint
CREATE INDEX `agreements_origin_event_idx` ON `agreements` (`origin_event_id`);--> statement-breakpoint
CREATE TABLE `citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`organization_id` integer,
	`person_id` integer,
	`name_id` integer,
	`affiliation_id` integer,
	`post_id` integer,
	`event_id` integer,
	`event_organizer_id` integer,
	`participation_id` integer,
	`agreement_id` integer,
	`agreement_party_id` integer,
	`quote` text,
	`quote_translation` text,
	`confidence` text NOT NULL,
	`correction` text,
	`note` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`name_id`) REFERENCES `names`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`affiliation_id`) REFERENCES `affiliations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_organizer_id`) REFERENCES `event_organizers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participation_id`) REFERENCES `participations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agreement_party_id`) REFERENCES `agreement_parties`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "citations_one_target" CHECK(("citations"."organization_id" IS NOT NULL) + ("citations"."person_id" IS NOT NULL)
    + ("citations"."name_id" IS NOT NULL) + ("citations"."affiliation_id" IS NOT NULL) + ("citations"."post_id" IS NOT NULL)
    + ("citations"."event_id" IS NOT NULL) + ("citations"."event_organizer_id" IS NOT NULL) + ("citations"."participation_id" IS NOT NULL)
    + ("citations"."agreement_id" IS NOT NULL) + ("citations"."agreement_party_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE INDEX `citations_source_idx` ON `citations` (`source_id`);--> statement-breakpoint
CREATE INDEX `citations_organization_idx` ON `citations` (`organization_id`);--> statement-breakpoint
CREATE INDEX `citations_person_idx` ON `citations` (`person_id`);--> statement-breakpoint
CREATE INDEX `citations_name_idx` ON `citations` (`name_id`);--> statement-breakpoint
CREATE INDEX `citations_affiliation_idx` ON `citations` (`affiliation_id`);--> statement-breakpoint
CREATE INDEX `citations_post_idx` ON `citations` (`post_id`);--> statement-breakpoint
CREATE INDEX `citations_event_idx` ON `citations` (`event_id`);--> statement-breakpoint
CREATE INDEX `citations_event_organizer_idx` ON `citations` (`event_organizer_id`);--> statement-breakpoint
CREATE INDEX `citations_participation_idx` ON `citations` (`participation_id`);--> statement-breakpoint
CREATE INDEX `citations_agreement_idx` ON `citations` (`agreement_id`);--> statement-breakpoint
CREATE INDEX `citations_agreement_party_idx` ON `citations` (`agreement_party_id`);--> statement-breakpoint
CREATE TABLE `countries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ioc_code` text,
	`iso2` text,
	`iso3` text,
	`name` text NOT NULL,
	`official_name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `countries_ioc_code_unique` ON `countries` (`ioc_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `countries_iso2_unique` ON `countries` (`iso2`);--> statement-breakpoint
CREATE UNIQUE INDEX `countries_iso3_unique` ON `countries` (`iso3`);--> statement-breakpoint
CREATE TABLE `event_organizers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_organizers_unique_idx` ON `event_organizers` (`event_id`,`organization_id`,`role`);--> statement-breakpoint
CREATE INDEX `event_organizers_organization_idx` ON `event_organizers` (`organization_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`handle` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`city` text,
	`country_id` integer,
	`parent_id` integer,
	`description` text,
	FOREIGN KEY (`country_id`) REFERENCES `countries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_handle_unique` ON `events` (`handle`);--> statement-breakpoint
CREATE INDEX `events_country_idx` ON `events` (`country_id`);--> statement-breakpoint
CREATE INDEX `events_parent_idx` ON `events` (`parent_id`);--> statement-breakpoint
CREATE INDEX `events_status_idx` ON `events` (`status`);--> statement-breakpoint
CREATE TABLE `identifiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer,
	`person_id` integer,
	`scheme` text NOT NULL,
	`value` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "identifiers_one_owner" CHECK(("identifiers"."organization_id" IS NOT NULL) + ("identifiers"."person_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `identifiers_scheme_value_idx` ON `identifiers` (`scheme`,`value`);--> statement-breakpoint
CREATE INDEX `identifiers_organization_idx` ON `identifiers` (`organization_id`);--> statement-breakpoint
CREATE INDEX `identifiers_person_idx` ON `identifiers` (`person_id`);--> statement-breakpoint
CREATE TABLE `names` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer,
	`person_id` integer,
	`event_id` integer,
	`value` text NOT NULL,
	`lang` text NOT NULL,
	`kind` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`note` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "names_one_owner" CHECK(("names"."organization_id" IS NOT NULL) + ("names"."person_id" IS NOT NULL) + ("names"."event_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE INDEX `names_organization_idx` ON `names` (`organization_id`);--> statement-breakpoint
CREATE INDEX `names_person_idx` ON `names` (`person_id`);--> statement-breakpoint
CREATE INDEX `names_event_idx` ON `names` (`event_id`);--> statement-breakpoint
CREATE TABLE `organization_sports` (
	`organization_id` integer NOT NULL,
	`sport_id` integer NOT NULL,
	PRIMARY KEY(`organization_id`, `sport_id`),
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sport_id`) REFERENCES `sports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organization_sports_sport_idx` ON `organization_sports` (`sport_id`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`handle` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`country_id` integer,
	`founding_date` text,
	`dissolution_date` text,
	`headquarters_city` text,
	`website` text,
	`description` text,
	FOREIGN KEY (`country_id`) REFERENCES `countries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_handle_unique` ON `organizations` (`handle`);--> statement-breakpoint
CREATE INDEX `organizations_country_idx` ON `organizations` (`country_id`);--> statement-breakpoint
CREATE INDEX `organizations_kind_idx` ON `organizations` (`kind`);--> statement-breakpoint
CREATE TABLE `participations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`person_id` integer,
	`organization_id` integer,
	`capacity` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "participations_someone" CHECK("participations"."person_id" IS NOT NULL OR "participations"."organization_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `participations_event_idx` ON `participations` (`event_id`);--> statement-breakpoint
CREATE INDEX `participations_person_idx` ON `participations` (`person_id`);--> statement-breakpoint
CREATE INDEX `participations_organization_idx` ON `participations` (`organization_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`handle` text NOT NULL,
	`name` text NOT NULL,
	`honorific_prefix` text,
	`given_name` text,
	`family_name` text,
	`nationality_id` integer,
	`summary` text,
	FOREIGN KEY (`nationality_id`) REFERENCES `countries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_handle_unique` ON `people` (`handle`);--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`role` text NOT NULL,
	`label` text,
	`start_date` text,
	`end_date` text,
	`on_behalf_of_id` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`on_behalf_of_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `posts_person_idx` ON `posts` (`person_id`);--> statement-breakpoint
CREATE INDEX `posts_organization_idx` ON `posts` (`organization_id`);--> statement-breakpoint
CREATE INDEX `posts_on_behalf_of_idx` ON `posts` (`on_behalf_of_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`handle` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`url` text,
	`lang` text NOT NULL,
	`published_date` text,
	`retrieved_date` text,
	`text` text,
	`note` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_handle_unique` ON `sources` (`handle`);--> statement-breakpoint
CREATE TABLE `sports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `sports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sports_code_unique` ON `sports` (`code`);--> statement-breakpoint
CREATE INDEX `sports_parent_idx` ON `sports` (`parent_id`);