-- Countries and sports become full entities (issue 9): names and citations gain owner columns
-- for them (the CHECKs that allow exactly one owner change, so SQLite rebuilds both tables: the
-- copies select NULL for the new columns, which the old tables lack; src/db/migrate.ts turns
-- foreign keys off for the rebuild, since DROP TABLE would otherwise cascade the names' citations
-- away), both gain merged_into_id, and both are indexed for search: the triggers below record
-- their writes for the search index, and those of names (dropped with the old table) come back
-- covering the two new owners.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_citations` (
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
	`country_id` integer,
	`sport_id` integer,
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
	FOREIGN KEY (`country_id`) REFERENCES `countries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sport_id`) REFERENCES `sports`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "citations_one_target" CHECK(("__new_citations"."organization_id" IS NOT NULL) + ("__new_citations"."person_id" IS NOT NULL)
    + ("__new_citations"."name_id" IS NOT NULL) + ("__new_citations"."affiliation_id" IS NOT NULL) + ("__new_citations"."post_id" IS NOT NULL)
    + ("__new_citations"."event_id" IS NOT NULL) + ("__new_citations"."event_organizer_id" IS NOT NULL) + ("__new_citations"."participation_id" IS NOT NULL)
    + ("__new_citations"."agreement_id" IS NOT NULL) + ("__new_citations"."agreement_party_id" IS NOT NULL)
    + ("__new_citations"."country_id" IS NOT NULL) + ("__new_citations"."sport_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
INSERT INTO `__new_citations`("id", "source_id", "organization_id", "person_id", "name_id", "affiliation_id", "post_id", "event_id", "event_organizer_id", "participation_id", "agreement_id", "agreement_party_id", "country_id", "sport_id", "quote", "quote_translation", "confidence", "correction", "note") SELECT "id", "source_id", "organization_id", "person_id", "name_id", "affiliation_id", "post_id", "event_id", "event_organizer_id", "participation_id", "agreement_id", "agreement_party_id", NULL, NULL, "quote", "quote_translation", "confidence", "correction", "note" FROM `citations`;--> statement-breakpoint
DROP TABLE `citations`;--> statement-breakpoint
ALTER TABLE `__new_citations` RENAME TO `citations`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
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
CREATE INDEX `citations_country_idx` ON `citations` (`country_id`);--> statement-breakpoint
CREATE INDEX `citations_sport_idx` ON `citations` (`sport_id`);--> statement-breakpoint
CREATE TABLE `__new_names` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer,
	`person_id` integer,
	`event_id` integer,
	`country_id` integer,
	`sport_id` integer,
	`value` text NOT NULL,
	`lang` text NOT NULL,
	`kind` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`note` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`country_id`) REFERENCES `countries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sport_id`) REFERENCES `sports`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "names_one_owner" CHECK(("__new_names"."organization_id" IS NOT NULL) + ("__new_names"."person_id" IS NOT NULL) + ("__new_names"."event_id" IS NOT NULL)
    + ("__new_names"."country_id" IS NOT NULL) + ("__new_names"."sport_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
INSERT INTO `__new_names`("id", "organization_id", "person_id", "event_id", "country_id", "sport_id", "value", "lang", "kind", "start_date", "end_date", "note") SELECT "id", "organization_id", "person_id", "event_id", NULL, NULL, "value", "lang", "kind", "start_date", "end_date", "note" FROM `names`;--> statement-breakpoint
DROP TABLE `names`;--> statement-breakpoint
ALTER TABLE `__new_names` RENAME TO `names`;--> statement-breakpoint
CREATE INDEX `names_organization_idx` ON `names` (`organization_id`);--> statement-breakpoint
CREATE INDEX `names_person_idx` ON `names` (`person_id`);--> statement-breakpoint
CREATE INDEX `names_event_idx` ON `names` (`event_id`);--> statement-breakpoint
CREATE INDEX `names_country_idx` ON `names` (`country_id`);--> statement-breakpoint
CREATE INDEX `names_sport_idx` ON `names` (`sport_id`);--> statement-breakpoint
ALTER TABLE `countries` ADD `merged_into_id` integer REFERENCES countries(id);--> statement-breakpoint
ALTER TABLE `sports` ADD `merged_into_id` integer REFERENCES sports(id);
--> statement-breakpoint
CREATE TRIGGER `search_pending_countries_insert` AFTER INSERT ON `countries` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Country', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_countries_update` AFTER UPDATE ON `countries` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Country', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_countries_delete` AFTER DELETE ON `countries` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Country', OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_sports_insert` AFTER INSERT ON `sports` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Sport', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_sports_update` AFTER UPDATE ON `sports` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Sport', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_sports_delete` AFTER DELETE ON `sports` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Sport', OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_names_insert` AFTER INSERT ON `names` BEGIN
  INSERT OR IGNORE INTO `search_index_pending`
  SELECT 'Organization', NEW.organization_id WHERE NEW.organization_id IS NOT NULL
  UNION ALL SELECT 'Person', NEW.person_id WHERE NEW.person_id IS NOT NULL
  UNION ALL SELECT 'Event', NEW.event_id WHERE NEW.event_id IS NOT NULL
  UNION ALL SELECT 'Country', NEW.country_id WHERE NEW.country_id IS NOT NULL
  UNION ALL SELECT 'Sport', NEW.sport_id WHERE NEW.sport_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_names_update` AFTER UPDATE ON `names` BEGIN
  INSERT OR IGNORE INTO `search_index_pending`
  SELECT 'Organization', OLD.organization_id WHERE OLD.organization_id IS NOT NULL
  UNION ALL SELECT 'Person', OLD.person_id WHERE OLD.person_id IS NOT NULL
  UNION ALL SELECT 'Event', OLD.event_id WHERE OLD.event_id IS NOT NULL
  UNION ALL SELECT 'Country', OLD.country_id WHERE OLD.country_id IS NOT NULL
  UNION ALL SELECT 'Sport', OLD.sport_id WHERE OLD.sport_id IS NOT NULL
  UNION ALL SELECT 'Organization', NEW.organization_id WHERE NEW.organization_id IS NOT NULL
  UNION ALL SELECT 'Person', NEW.person_id WHERE NEW.person_id IS NOT NULL
  UNION ALL SELECT 'Event', NEW.event_id WHERE NEW.event_id IS NOT NULL
  UNION ALL SELECT 'Country', NEW.country_id WHERE NEW.country_id IS NOT NULL
  UNION ALL SELECT 'Sport', NEW.sport_id WHERE NEW.sport_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_names_delete` AFTER DELETE ON `names` BEGIN
  INSERT OR IGNORE INTO `search_index_pending`
  SELECT 'Organization', OLD.organization_id WHERE OLD.organization_id IS NOT NULL
  UNION ALL SELECT 'Person', OLD.person_id WHERE OLD.person_id IS NOT NULL
  UNION ALL SELECT 'Event', OLD.event_id WHERE OLD.event_id IS NOT NULL
  UNION ALL SELECT 'Country', OLD.country_id WHERE OLD.country_id IS NOT NULL
  UNION ALL SELECT 'Sport', OLD.sport_id WHERE OLD.sport_id IS NOT NULL;
END;
