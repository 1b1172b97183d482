/**
 * The vocabulary /reconcile offers OpenRefine: three types (Popolo's Organization and Person, and
 * Country) and two properties a query may be narrowed by. Each type names the search type that finds
 * it; each property says how a candidate's value is read.
 */
export const RECONCILE_TYPES = {
  Organization: { search: 'ORGANIZATION', description: 'An organisation of the sports movement: an NOC, a federation, an association, a ministry.' },
  Person: { search: 'PERSON', description: 'A person who holds or held a post in an organisation.' },
  Country: { search: 'COUNTRY', description: 'A country or territory, or a former state or team, by its names and IOC or ISO codes.' },
} as const;
export type ReconcileTypeId = keyof typeof RECONCILE_TYPES;

export const isReconcileType = (id: string): id is ReconcileTypeId => Object.hasOwn(RECONCILE_TYPES, id);

export const RECONCILE_PROPERTIES = {
  country: {
    name: 'Country',
    description: "An IOC or ISO 3166 code (`KAZ`, `KZ`): an organisation's country, a person's nationality, or the country itself.",
  },
  kind: {
    name: 'Organisation kind',
    description: 'An OrganizationKind such as `NATIONAL_OLYMPIC_COMMITTEE` (any case; spaces for underscores); only organisations have one.',
  },
} as const;
export type ReconcilePropertyId = keyof typeof RECONCILE_PROPERTIES;

export const isReconcileProperty = (id: string): id is ReconcilePropertyId => Object.hasOwn(RECONCILE_PROPERTIES, id);

/** One query of a batch, checked (reconciliation-query-batch.json). */
export interface ReconcileQuery {
  query?: string;
  types: ReconcileTypeId[];
  limit: number;
  conditions: { pid: ReconcilePropertyId; values: string[] }[];
}

/** A country, organisation or person as the candidate search reads it. */
export interface CandidateNode {
  __typename: ReconcileTypeId;
  id: string;
  name: string;
  kind?: string;
  iocCode?: string | null;
  iso2?: string | null;
  country?: { id: string; name: string } | null;
  nationality?: { id: string; name: string } | null;
}

export interface Candidate {
  id: string;
  name: string;
  description?: string;
  score: number;
  match: boolean;
  type: { id: ReconcileTypeId; name: ReconcileTypeId }[];
  features: { id: string; value: number }[];
}
