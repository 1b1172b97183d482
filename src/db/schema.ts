/**
 * The one description of stored data. Each table is followed by its relations; columns are
 * camelCase in code and snake_case in the database. Dates the sources give only in part
 * (`2025`, `2025-04`, `2025-04-02`) are stored as ISO text, which sorts correctly.
 */
import { sql, type Column } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import * as e from './enums.js';

const id = () => integer('id').primaryKey({ autoIncrement: true });
/** Dates as far as a source gives them (`2025`, `2025-04`, `2025-04-02`); every date column is one, named `*_date`. */
const partialDate = (name: `${string}_date`) => text(name);
/** Whether a column holds a partial date (the API serves it as `PartialDate`). */
export const holdsPartialDate = (column: Column): boolean => column.name.endsWith('_date');

export const countries = sqliteTable('countries', {
  id: id(),
  iocCode: text('ioc_code').unique(),
  iso2: text('iso2').unique(),
  iso3: text('iso3').unique(),
  /** ISO 3166-1 numeric, as text: three digits with their leading zeros (`004`). */
  isoNumeric: text('iso_numeric').unique(),
  name: text('name').notNull(),
  officialName: text('official_name'),
  /** Set when this record was merged into another: its id and codes then resolve to the survivor. */
  mergedIntoId: integer('merged_into_id').references((): any => countries.id),
});

export const sports = sqliteTable('sports', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  parentId: integer('parent_id').references((): any => sports.id),
  /** Set when this record was merged into another: its id and code then resolve to the survivor. */
  mergedIntoId: integer('merged_into_id').references((): any => sports.id),
}, (t) => [index('sports_parent_idx').on(t.parentId)]);

export const organizations = sqliteTable('organizations', {
  id: id(),
  handle: text('handle').notNull().unique(),
  kind: text('kind', { enum: e.values(e.OrganizationKind) }).notNull(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  countryId: integer('country_id').references(() => countries.id),
  foundingDate: partialDate('founding_date'),
  dissolutionDate: partialDate('dissolution_date'),
  headquartersCity: text('headquarters_city'),
  website: text('website'),
  description: text('description'),
  /** Set when this record was merged into another: its id then resolves to the survivor. */
  mergedIntoId: integer('merged_into_id').references((): any => organizations.id),
}, (t) => [index('organizations_country_idx').on(t.countryId), index('organizations_kind_idx').on(t.kind)]);

export const organizationSports = sqliteTable('organization_sports', {
  organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  sportId: integer('sport_id').notNull().references(() => sports.id),
}, (t) => [primaryKey({ columns: [t.organizationId, t.sportId] }), index('organization_sports_sport_idx').on(t.sportId)]);

export const people = sqliteTable('people', {
  id: id(),
  handle: text('handle').notNull().unique(),
  name: text('name').notNull(),
  honorificPrefix: text('honorific_prefix'),
  givenName: text('given_name'),
  familyName: text('family_name'),
  nationalityId: integer('nationality_id').references(() => countries.id),
  summary: text('summary'),
  /** Set when this record was merged into another: its id then resolves to the survivor. */
  mergedIntoId: integer('merged_into_id').references((): any => people.id),
});

/** Names in any language and script, of an organisation, a person, an event, a country or a sport (exactly one). */
export const names = sqliteTable('names', {
  id: id(),
  organizationId: integer('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
  personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
  eventId: integer('event_id').references(() => events.id, { onDelete: 'cascade' }),
  countryId: integer('country_id').references(() => countries.id, { onDelete: 'cascade' }),
  sportId: integer('sport_id').references(() => sports.id, { onDelete: 'cascade' }),
  value: text('value').notNull(),
  lang: text('lang').notNull(),
  kind: text('kind', { enum: e.values(e.NameKind) }).notNull(),
  startDate: partialDate('start_date'),
  endDate: partialDate('end_date'),
  note: text('note'),
}, (t) => [
  index('names_organization_idx').on(t.organizationId),
  index('names_person_idx').on(t.personId),
  index('names_event_idx').on(t.eventId),
  index('names_country_idx').on(t.countryId),
  index('names_sport_idx').on(t.sportId),
  check('names_one_owner', sql`(${t.organizationId} IS NOT NULL) + (${t.personId} IS NOT NULL) + (${t.eventId} IS NOT NULL)
    + (${t.countryId} IS NOT NULL) + (${t.sportId} IS NOT NULL) = 1`),
]);

/**
 * Identifiers in other registries (Wikidata QIDs and the like) of an organisation, a person or a
 * country (exactly one), with the years they were in use where they are no longer: a country's
 * former IOC code (`URS`, `FRG`) is one.
 */
export const identifiers = sqliteTable('identifiers', {
  id: id(),
  organizationId: integer('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
  personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
  countryId: integer('country_id').references(() => countries.id, { onDelete: 'cascade' }),
  scheme: text('scheme').notNull(),
  value: text('value').notNull(),
  startDate: partialDate('start_date'),
  endDate: partialDate('end_date'),
}, (t) => [
  uniqueIndex('identifiers_scheme_value_idx').on(t.scheme, t.value),
  index('identifiers_organization_idx').on(t.organizationId),
  index('identifiers_person_idx').on(t.personId),
  index('identifiers_country_idx').on(t.countryId),
  check('identifiers_one_owner', sql`(${t.organizationId} IS NOT NULL) + (${t.personId} IS NOT NULL) + (${t.countryId} IS NOT NULL) = 1`),
]);

/** A dated tie from one organisation (the member) to another (the parent). */
export const affiliations = sqliteTable('affiliations', {
  id: id(),
  organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  parentId: integer('parent_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: e.values(e.AffiliationKind) }).notNull(),
  startDate: partialDate('start_date'),
  endDate: partialDate('end_date'),
  note: text('note'),
}, (t) => [
  index('affiliations_organization_idx').on(t.organizationId),
  index('affiliations_parent_idx').on(t.parentId),
  check('affiliations_not_self', sql`${t.organizationId} <> ${t.parentId}`),
]);

/** A person's post in an organisation (Popolo's Membership with a role). */
export const posts = sqliteTable('posts', {
  id: id(),
  personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  role: text('role', { enum: e.values(e.Role) }).notNull(),
  label: text('label'),
  startDate: partialDate('start_date'),
  endDate: partialDate('end_date'),
  onBehalfOfId: integer('on_behalf_of_id').references(() => organizations.id),
}, (t) => [
  index('posts_person_idx').on(t.personId),
  index('posts_organization_idx').on(t.organizationId),
  index('posts_on_behalf_of_idx').on(t.onBehalfOfId),
]);

export const events = sqliteTable('events', {
  id: id(),
  handle: text('handle').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: e.values(e.EventKind) }).notNull(),
  status: text('status', { enum: e.values(e.EventStatus) }).notNull(),
  startDate: partialDate('start_date'),
  endDate: partialDate('end_date'),
  city: text('city'),
  countryId: integer('country_id').references(() => countries.id),
  parentId: integer('parent_id').references((): any => events.id),
  description: text('description'),
}, (t) => [
  index('events_country_idx').on(t.countryId),
  index('events_parent_idx').on(t.parentId),
  index('events_status_idx').on(t.status),
]);

export const eventOrganizers = sqliteTable('event_organizers', {
  id: id(),
  eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  role: text('role', { enum: e.values(e.OrganizerRole) }).notNull(),
}, (t) => [
  uniqueIndex('event_organizers_unique_idx').on(t.eventId, t.organizationId, t.role),
  index('event_organizers_organization_idx').on(t.organizationId),
]);

/** Who attended an event and in what capacity: a person, an organisation, or a person for one. */
export const participations = sqliteTable('participations', {
  id: id(),
  eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
  organizationId: integer('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
  capacity: text('capacity'),
}, (t) => [
  index('participations_event_idx').on(t.eventId),
  index('participations_person_idx').on(t.personId),
  index('participations_organization_idx').on(t.organizationId),
  check('participations_someone', sql`${t.personId} IS NOT NULL OR ${t.organizationId} IS NOT NULL`),
]);

export const agreements = sqliteTable('agreements', {
  id: id(),
  handle: text('handle').notNull().unique(),
  title: text('title').notNull(),
  kind: text('kind', { enum: e.values(e.AgreementKind) }).notNull(),
  status: text('status', { enum: e.values(e.AgreementStatus) }).notNull(),
  scope: text('scope'),
  topics: text('topics', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  discussedDate: partialDate('discussed_date'),
  signedDate: partialDate('signed_date'),
  startDate: partialDate('start_date'),
  endDate: partialDate('end_date'),
  originEventId: integer('origin_event_id').references(() => events.id, { onDelete: 'set null' }),
}, (t) => [index('agreements_status_idx').on(t.status), index('agreements_origin_event_idx').on(t.originEventId)]);

export const agreementParties = sqliteTable('agreement_parties', {
  id: id(),
  agreementId: integer('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
  organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  role: text('role', { enum: e.values(e.PartyRole) }).notNull(),
}, (t) => [
  uniqueIndex('agreement_parties_unique_idx').on(t.agreementId, t.organizationId),
  index('agreement_parties_organization_idx').on(t.organizationId),
]);

export const sources = sqliteTable('sources', {
  id: id(),
  handle: text('handle').notNull().unique(),
  kind: text('kind', { enum: e.values(e.SourceKind) }).notNull(),
  title: text('title').notNull(),
  publisher: text('publisher'),
  url: text('url'),
  lang: text('lang').notNull(),
  publishedDate: partialDate('published_date'),
  retrievedDate: partialDate('retrieved_date'),
  text: text('text'),
  note: text('note'),
});

/**
 * Ties one fact to a source, with the supporting quote in the source's own language. Exactly one
 * target column is set. `correction` records what the source says wrongly and what it means.
 */
export const citations = sqliteTable('citations', {
  id: id(),
  sourceId: integer('source_id').notNull().references(() => sources.id, { onDelete: 'restrict' }),
  organizationId: integer('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
  personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
  nameId: integer('name_id').references(() => names.id, { onDelete: 'cascade' }),
  affiliationId: integer('affiliation_id').references(() => affiliations.id, { onDelete: 'cascade' }),
  postId: integer('post_id').references(() => posts.id, { onDelete: 'cascade' }),
  eventId: integer('event_id').references(() => events.id, { onDelete: 'cascade' }),
  eventOrganizerId: integer('event_organizer_id').references(() => eventOrganizers.id, { onDelete: 'cascade' }),
  participationId: integer('participation_id').references(() => participations.id, { onDelete: 'cascade' }),
  agreementId: integer('agreement_id').references(() => agreements.id, { onDelete: 'cascade' }),
  agreementPartyId: integer('agreement_party_id').references(() => agreementParties.id, { onDelete: 'cascade' }),
  countryId: integer('country_id').references(() => countries.id, { onDelete: 'cascade' }),
  sportId: integer('sport_id').references(() => sports.id, { onDelete: 'cascade' }),
  quote: text('quote'),
  quoteTranslation: text('quote_translation'),
  confidence: text('confidence', { enum: e.values(e.Confidence) }).notNull(),
  /** Rows written before kinds existed were all read as statements. */
  kind: text('kind', { enum: e.values(e.CitationKind) }).notNull().default(e.CitationKind.STATED),
  correction: text('correction'),
  note: text('note'),
}, (t) => [
  index('citations_source_idx').on(t.sourceId),
  index('citations_organization_idx').on(t.organizationId),
  index('citations_person_idx').on(t.personId),
  index('citations_name_idx').on(t.nameId),
  index('citations_affiliation_idx').on(t.affiliationId),
  index('citations_post_idx').on(t.postId),
  index('citations_event_idx').on(t.eventId),
  index('citations_event_organizer_idx').on(t.eventOrganizerId),
  index('citations_participation_idx').on(t.participationId),
  index('citations_agreement_idx').on(t.agreementId),
  index('citations_agreement_party_idx').on(t.agreementPartyId),
  index('citations_country_idx').on(t.countryId),
  index('citations_sport_idx').on(t.sportId),
  check('citations_one_target', sql`(${t.organizationId} IS NOT NULL) + (${t.personId} IS NOT NULL)
    + (${t.nameId} IS NOT NULL) + (${t.affiliationId} IS NOT NULL) + (${t.postId} IS NOT NULL)
    + (${t.eventId} IS NOT NULL) + (${t.eventOrganizerId} IS NOT NULL) + (${t.participationId} IS NOT NULL)
    + (${t.agreementId} IS NOT NULL) + (${t.agreementPartyId} IS NOT NULL)
    + (${t.countryId} IS NOT NULL) + (${t.sportId} IS NOT NULL) = 1`),
]);

/** API keys: only a SHA-256 hash of each key is stored; the key itself is shown once. */
export const apiKeys = sqliteTable('api_keys', {
  id: id(),
  name: text('name').notNull().unique(),
  role: text('role', { enum: e.values(e.ApiRole) }).notNull(),
  hash: text('hash').notNull().unique(),
  createdAt: text('created_at').notNull(),
  revokedAt: text('revoked_at'),
});

/** Every write: who, when, which operation, which row, and the row before and after. */
export const changes = sqliteTable('changes', {
  id: id(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  operation: text('operation').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: integer('entity_id').notNull(),
  before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  /** For a revert: the change it undid. */
  revertOfId: integer('revert_of_id').references((): any => changes.id),
}, (t) => [index('changes_entity_idx').on(t.entityType, t.entityId), index('changes_at_idx').on(t.at)]);

/**
 * What the seed last wrote to each row it describes, by the row's table and description. A re-seed
 * compares it with the row as it is now: a row that no longer holds these values was changed,
 * deleted or merged away by an editor, and is left as the editor left it (seeds/load.ts).
 */
export const seedRows = sqliteTable('seed_rows', {
  tableName: text('table_name').notNull(),
  /**
   * The row as the data files describe it, in their terms (handles and codes, e.g. `person
   * "gennady-golovkin": president "President" in "noc-kazakhstan"`): merges and ids do not change it.
   */
  key: text('key').notNull(),
  /** The row's id; null for the rows of join tables, which have none and are found by their key. */
  rowId: integer('row_id'),
  /** The values the seed last wrote, by column. */
  seeded: text('seeded', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
}, (t) => [primaryKey({ columns: [t.tableName, t.key] })]);

export type CountryRow = typeof countries.$inferSelect;
export type SportRow = typeof sports.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type NameRow = typeof names.$inferSelect;
export type IdentifierRow = typeof identifiers.$inferSelect;
export type AffiliationRow = typeof affiliations.$inferSelect;
export type PostRow = typeof posts.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type EventOrganizerRow = typeof eventOrganizers.$inferSelect;
export type ParticipationRow = typeof participations.$inferSelect;
export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementPartyRow = typeof agreementParties.$inferSelect;
export type SourceRow = typeof sources.$inferSelect;
export type CitationRow = typeof citations.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ChangeRow = typeof changes.$inferSelect;
