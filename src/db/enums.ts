/**
 * The closed vocabularies of the registry. The string values are what the database stores;
 * the GraphQL layer registers the same enums, so a value is spelled once.
 */

export enum OrganizationKind {
  WORLD_OLYMPIC_BODY = 'world_olympic_body',
  NATIONAL_OLYMPIC_COMMITTEE = 'national_olympic_committee',
  WORLD_ASSOCIATION_OF_NOCS = 'world_association_of_nocs',
  CONTINENTAL_ASSOCIATION_OF_NOCS = 'continental_association_of_nocs',
  INTERNATIONAL_FEDERATION = 'international_federation',
  CONTINENTAL_FEDERATION = 'continental_federation',
  NATIONAL_FEDERATION = 'national_federation',
  GOVERNMENT_MINISTRY = 'government_ministry',
  PROGRAMME = 'programme',
  OTHER = 'other',
}

export enum NameKind {
  OFFICIAL = 'official',
  SHORT = 'short',
  ALIAS = 'alias',
  FORMER = 'former',
  TRANSLITERATION = 'transliteration',
}

export enum AffiliationKind {
  MEMBER_OF = 'member_of',
  RECOGNISED_BY = 'recognised_by',
  PART_OF = 'part_of',
  SAME_AS = 'same_as',
}

export enum Role {
  PRESIDENT = 'president',
  VICE_PRESIDENT = 'vice_president',
  SECRETARY_GENERAL = 'secretary_general',
  DIRECTOR_GENERAL = 'director_general',
  MINISTER = 'minister',
  TREASURER = 'treasurer',
  MEMBER = 'member',
  OTHER = 'other',
}

export enum EventKind {
  MEETING = 'meeting',
  FORUM = 'forum',
  GENERAL_ASSEMBLY = 'general_assembly',
  CONGRESS = 'congress',
  TOUR = 'tour',
  COMPETITION = 'competition',
  OTHER = 'other',
}

export enum EventStatus {
  PLANNED = 'planned',
  HELD = 'held',
  CANCELLED = 'cancelled',
}

export enum OrganizerRole {
  ORGANIZER = 'organizer',
  HOST = 'host',
  SUPPORTER = 'supporter',
}

export enum AgreementKind {
  MEMORANDUM_OF_UNDERSTANDING = 'memorandum_of_understanding',
  COOPERATION_AGREEMENT = 'cooperation_agreement',
  PARTNERSHIP = 'partnership',
  OTHER = 'other',
}

/** Listed in lifecycle order: discussed -> agreed in principle -> signed -> in force -> ended. */
export enum AgreementStatus {
  DISCUSSED = 'discussed',
  AGREED_IN_PRINCIPLE = 'agreed_in_principle',
  SIGNED = 'signed',
  IN_FORCE = 'in_force',
  EXPIRED = 'expired',
  TERMINATED = 'terminated',
}

export enum PartyRole {
  PARTY = 'party',
  SIGNATORY = 'signatory',
  FACILITATOR = 'facilitator',
  BENEFICIARY = 'beneficiary',
}

export enum Confidence {
  HIGH = 'high',
  MEDIUM = 'medium',
  LOW = 'low',
}

/** Whether a citation's source says the fact, or the fact is the editors' conclusion from it. */
export enum CitationKind {
  STATED = 'stated',
  INFERRED = 'inferred',
}

export enum SourceKind {
  NEWS_ARTICLE = 'news_article',
  PRESS_RELEASE = 'press_release',
  OFFICIAL_WEBSITE = 'official_website',
  REFERENCE = 'reference',
  RESEARCH_NOTE = 'research_note',
}

export enum ApiRole {
  EDITOR = 'editor',
  ADMIN = 'admin',
}

const enumOfValues = new WeakMap<readonly string[], Record<string, string>>();

/** The values of a string enum, typed for drizzle's `text({ enum })`. */
export function values<E extends Record<string, string>>(e: E): [E[keyof E], ...E[keyof E][]] {
  const list = Object.values(e) as [E[keyof E], ...E[keyof E][]];
  enumOfValues.set(list, e);
  return list;
}

/** The enum whose `values` a column was declared with (drizzle keeps that list as `enumValues`). */
export function enumOf(columnValues: readonly string[]): Record<string, string> | undefined {
  return enumOfValues.get(columnValues);
}
