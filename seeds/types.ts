/**
 * The shape of the seed data files in seeds/data. Records refer to each other by handle
 * (organisations, people, events, agreements, sources), to countries by IOC code (ISO alpha-3
 * where a country has none) and to sports by code. Optional fields left out are stored as null.
 */
import type {
  AffiliationKind,
  AgreementKind,
  AgreementStatus,
  CitationKind,
  Confidence,
  EventKind,
  EventStatus,
  NameKind,
  OrganizationKind,
  OrganizerRole,
  PartyRole,
  Role,
  SourceKind,
} from '../src/db/enums.js';

/** Where a fact comes from: the source's handle and the exact words that support it. */
export interface CitationData {
  source: string;
  /** An exact substring of the source's text, in the source's language. */
  quote?: string | null;
  /** A literal English rendering of the quote. */
  quoteTranslation?: string | null;
  confidence: Confidence;
  /** `inferred` when the source does not say the fact (the note then gives the reasoning); `stated` when left out. */
  kind?: CitationKind;
  /** What the source says wrongly and what it means. */
  correction?: string | null;
  /** An editor's note; for an inference, the reasoning. */
  note?: string | null;
}

/** Every fact carries at least one citation. */
export interface Cited {
  citations: CitationData[];
}

export interface SourceData {
  handle: string;
  kind: SourceKind;
  title: string;
  publisher?: string | null;
  url?: string | null;
  lang: string;
  publishedDate?: string | null;
  retrievedDate?: string | null;
  text?: string | null;
  /** A file under seeds/data holding the source's text, read into `text` (for texts too long to keep inline). */
  textFile?: string | null;
  note?: string | null;
}

export interface CountryData extends Cited {
  iocCode: string | null;
  iso2: string | null;
  iso3: string | null;
  name: string;
  officialName?: string | null;
}

export interface SportData extends Cited {
  code: string;
  name: string;
  /** The code of the parent sport, listed earlier in the file. */
  parent?: string | null;
}

export interface NameData extends Cited {
  value: string;
  lang: string;
  kind: NameKind;
  startDate?: string | null;
  endDate?: string | null;
  note?: string | null;
}

export interface IdentifierData {
  scheme: string;
  value: string;
  /** When it came into use and went out of use, where that matters (a country's former code). */
  startDate?: string | null;
  endDate?: string | null;
}

export interface AffiliationData extends Cited {
  /** Handle of the parent organisation. */
  parent: string;
  kind: AffiliationKind;
  startDate?: string | null;
  endDate?: string | null;
  note?: string | null;
}

export interface OrganizationData extends Cited {
  handle: string;
  kind: OrganizationKind;
  name: string;
  shortName?: string | null;
  country?: string | null;
  foundingDate?: string | null;
  dissolutionDate?: string | null;
  headquartersCity?: string | null;
  website?: string | null;
  description?: string | null;
  names: NameData[];
  identifiers?: IdentifierData[];
  /** Sport codes. */
  sports?: string[];
  affiliations?: AffiliationData[];
}

export interface PostData extends Cited {
  organization: string;
  role: Role;
  label?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  onBehalfOf?: string | null;
}

export interface PersonData extends Cited {
  handle: string;
  name: string;
  honorificPrefix?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  nationality?: string | null;
  summary?: string | null;
  names: NameData[];
  identifiers?: IdentifierData[];
  posts: PostData[];
}

export interface OrganizerData extends Cited {
  organization: string;
  role: OrganizerRole;
}

/** A person, an organisation, or a person attending for an organisation. */
export interface ParticipationData extends Cited {
  person?: string | null;
  organization?: string | null;
  capacity?: string | null;
}

export interface EventData extends Cited {
  handle: string;
  name: string;
  kind: EventKind;
  status: EventStatus;
  startDate?: string | null;
  endDate?: string | null;
  city?: string | null;
  country?: string | null;
  /** Handle of the parent event, listed earlier in the file. */
  parent?: string | null;
  description?: string | null;
  names: NameData[];
  organizers: OrganizerData[];
  participations: ParticipationData[];
}

export interface PartyData extends Cited {
  organization: string;
  role: PartyRole;
}

export interface AgreementData extends Cited {
  handle: string;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  scope?: string | null;
  topics: string[];
  discussedDate?: string | null;
  signedDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  originEvent?: string | null;
  parties: PartyData[];
}

/** Everything in seeds/data, one property per file. */
export interface SeedData {
  sources: SourceData[];
  countries: CountryData[];
  sports: SportData[];
  organizations: OrganizationData[];
  people: PersonData[];
  events: EventData[];
  agreements: AgreementData[];
}
