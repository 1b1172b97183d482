/**
 * Reconciliation (W3C Entity Reconciliation CG, API 0.2) over the GraphQL API: candidates come from
 * `search` (every name in every language and script, so an Arabic, Cyrillic or Latin spelling finds
 * the same record), are narrowed by the query's property conditions, scored 0-100 by how closely the
 * name they were found by matches the query (reconcile.score.ts), and cut to the query's limit.
 */
import { OperationError, type RunOperation } from '../../shared/operation.js';
import { isClearMatch, nameScore } from './reconcile.score.js';
import {
  RECONCILE_TYPES, type Candidate, type CandidateNode, type ReconcileQuery, type ReconcileTypeId,
} from './reconcile.types.js';

/** How many search results a query's candidates are chosen from, before conditions and the limit. */
const CANDIDATE_WINDOW = 50;

const CANDIDATE_FIELDS = `
  __typename
  ... on Organization { id name kind country { id name } }
  ... on Person { id name nationality { id name } }
  ... on Country { id name iocCode iso2 }`;

const CANDIDATES = `query ReconcileCandidates($query: String!, $types: [SearchableType!], $first: Int) {
  search(query: $query, types: $types, first: $first) { edges { matchedText node { ${CANDIDATE_FIELDS} } } }
}`;

const COUNTRY_ID = 'query ReconcileCountry($code: String!) { country(code: $code) { id } }';

interface SearchAnswer {
  search: { edges: { matchedText: string; node: CandidateNode }[] };
}

/** Country ids by the code a query gave, looked up once per batch; null for a code no country has. */
type CountryIds = Map<string, Promise<string | null>>;

export async function reconcileBatch(run: RunOperation, batch: Record<string, ReconcileQuery>): Promise<Record<string, { result: Candidate[] }>> {
  const countries: CountryIds = new Map();
  const entries = await Promise.all(Object.entries(batch).map(async ([key, query]) => [key, { result: await reconcile(run, query, countries) }] as const));
  return Object.fromEntries(entries);
}

async function reconcile(run: RunOperation, query: ReconcileQuery, countries: CountryIds): Promise<Candidate[]> {
  // A query of properties alone has no name to search by (the API allows it; this service finds nothing).
  const text = query.query?.trim();
  if (!text) return [];
  const types = (query.types.length ? query.types : (Object.keys(RECONCILE_TYPES) as ReconcileTypeId[])).map((t) => RECONCILE_TYPES[t].search);
  const { search } = await run<SearchAnswer>(CANDIDATES, { query: text, types, first: CANDIDATE_WINDOW });
  const kept = [];
  for (const edge of search.edges) {
    if (await meetsConditions(run, edge.node, query, countries)) kept.push(edge);
  }
  // Best score first; the search's own rank breaks ties (Array.prototype.sort is stable).
  const scored = kept.map((edge) => ({ edge, score: nameScore(text, edge.matchedText) })).sort((a, b) => b.score - a.score);
  const scores = scored.map((s) => s.score);
  return scored.slice(0, query.limit).map(({ edge, score }, index) => candidate(edge.node, score, isClearMatch(scores, index)));
}

async function meetsConditions(run: RunOperation, node: CandidateNode, query: ReconcileQuery, countries: CountryIds): Promise<boolean> {
  for (const { pid, values } of query.conditions) {
    if (pid === 'kind') {
      const kinds = values.map((v) => v.trim().toUpperCase().replace(/[\s-]+/g, '_'));
      if (!node.kind || !kinds.includes(node.kind)) return false;
    } else {
      const ids = await Promise.all(values.map((code) => countryId(run, code, countries)));
      const own = node.__typename === 'Country' ? node.id : (node.country ?? node.nationality)?.id;
      if (!own || !ids.includes(own)) return false;
    }
  }
  return true;
}

/** The id of the country a code names; null (matching no candidate) when no country has it. */
function countryId(run: RunOperation, code: string, countries: CountryIds): Promise<string | null> {
  const key = code.trim().toUpperCase();
  let id = countries.get(key);
  if (!id) {
    id = run<{ country: { id: string } | null }>(COUNTRY_ID, { code: key }).then(
      ({ country }) => country?.id ?? null,
      (error: unknown) => {
        if (error instanceof OperationError && error.code === 'BAD_USER_INPUT') return null;
        throw error;
      },
    );
    countries.set(key, id);
  }
  return id;
}

function candidate(node: CandidateNode, score: number, match: boolean): Candidate {
  return {
    id: node.id,
    name: node.name,
    description: describe(node),
    score,
    match,
    type: [{ id: node.__typename, name: node.__typename }],
    features: [{ id: 'name_similarity', value: score }],
  };
}

/** A line that tells namesakes apart: an organisation's kind and country, a person's nationality, a country's codes. */
export function describe(node: CandidateNode): string {
  if (node.__typename === 'Country') return [node.iocCode && `IOC ${node.iocCode}`, node.iso2 && `ISO ${node.iso2}`].filter(Boolean).join(', ') || 'Country';
  const kind = node.kind ? node.kind.toLowerCase().replaceAll('_', ' ') : 'person';
  const country = (node.country ?? node.nationality)?.name;
  return country ? `${kind}, ${country}` : kind;
}

/** Entities whose names start with `prefix`, for OpenRefine's entity suggest (offset paging by `cursor`). */
export async function suggestEntities(run: RunOperation, prefix: string, cursor: number, size: number) {
  const types = Object.values(RECONCILE_TYPES).map((t) => t.search);
  const { search } = await run<SearchAnswer>(CANDIDATES, { query: prefix, types, first: cursor + size });
  return search.edges.slice(cursor).map(({ node }) => ({
    id: node.id,
    name: node.name,
    description: describe(node),
    notable: [{ id: node.__typename, name: node.__typename }],
  }));
}

