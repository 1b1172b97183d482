-- Which entities changed since the search index last saw them (issue 8: start-up took half a second
-- to compare the whole index with the data). A trigger on every table the index is made from
-- records the entity a write touched; reindexing an entity (src/modules/search/search.index.ts)
-- removes its row, in the same transaction as the write. What is left at start-up was written
-- outside the application (by hand, by an older version) and is reindexed then, entity by entity.
CREATE TABLE `search_index_pending` (
  `entity_type` text NOT NULL,
  `entity_id` integer NOT NULL,
  PRIMARY KEY (`entity_type`, `entity_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER `search_pending_organizations_insert` AFTER INSERT ON `organizations` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Organization', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_organizations_update` AFTER UPDATE ON `organizations` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Organization', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_organizations_delete` AFTER DELETE ON `organizations` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Organization', OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_people_insert` AFTER INSERT ON `people` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Person', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_people_update` AFTER UPDATE ON `people` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Person', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_people_delete` AFTER DELETE ON `people` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Person', OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_events_insert` AFTER INSERT ON `events` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Event', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_events_update` AFTER UPDATE ON `events` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Event', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_events_delete` AFTER DELETE ON `events` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Event', OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_agreements_insert` AFTER INSERT ON `agreements` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Agreement', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_agreements_update` AFTER UPDATE ON `agreements` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Agreement', NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_agreements_delete` AFTER DELETE ON `agreements` BEGIN
  INSERT OR IGNORE INTO `search_index_pending` VALUES ('Agreement', OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_names_insert` AFTER INSERT ON `names` BEGIN
  INSERT OR IGNORE INTO `search_index_pending`
  SELECT 'Organization', NEW.organization_id WHERE NEW.organization_id IS NOT NULL
  UNION ALL SELECT 'Person', NEW.person_id WHERE NEW.person_id IS NOT NULL
  UNION ALL SELECT 'Event', NEW.event_id WHERE NEW.event_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_names_update` AFTER UPDATE ON `names` BEGIN
  INSERT OR IGNORE INTO `search_index_pending`
  SELECT 'Organization', OLD.organization_id WHERE OLD.organization_id IS NOT NULL
  UNION ALL SELECT 'Person', OLD.person_id WHERE OLD.person_id IS NOT NULL
  UNION ALL SELECT 'Event', OLD.event_id WHERE OLD.event_id IS NOT NULL
  UNION ALL SELECT 'Organization', NEW.organization_id WHERE NEW.organization_id IS NOT NULL
  UNION ALL SELECT 'Person', NEW.person_id WHERE NEW.person_id IS NOT NULL
  UNION ALL SELECT 'Event', NEW.event_id WHERE NEW.event_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_pending_names_delete` AFTER DELETE ON `names` BEGIN
  INSERT OR IGNORE INTO `search_index_pending`
  SELECT 'Organization', OLD.organization_id WHERE OLD.organization_id IS NOT NULL
  UNION ALL SELECT 'Person', OLD.person_id WHERE OLD.person_id IS NOT NULL
  UNION ALL SELECT 'Event', OLD.event_id WHERE OLD.event_id IS NOT NULL;
END;
--> statement-breakpoint
-- Until now start-up compared the index with the data; from here the triggers tell. An index made
-- before them may be stale in ways they never saw: forget its code, so the next start rebuilds it once.
DELETE FROM `search_index_state` WHERE `key` = 'code';
