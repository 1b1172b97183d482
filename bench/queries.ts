/**
 * The bench's GraphQL operations, sent as they are to the project and to the baseline (which
 * recognises them by operation name). Fields are chosen to keep the baseline short while still
 * going through the project's loaders: connection pages, byId loads, names.
 */

/** `nodes(ids:)` takes at most 100 ids, so 1,000 organisations are 10 aliased lists in one query. */
export const NESTED_BATCHES = 10;
export const NODES_PER_BATCH = 100;

export const NESTED = `query BenchNested(${Array.from({ length: NESTED_BATCHES }, (_, i) => `$ids${i}: [ID!]!`).join(', ')}) {
${Array.from({ length: NESTED_BATCHES }, (_, i) => `  b${i}: nodes(ids: $ids${i}) { ...BenchOrg }`).join('\n')}
}
fragment BenchOrg on Organization {
  handle
  name
  posts(first: 10) { nodes { role person { handle name } } }
  affiliations(first: 10) { nodes { kind parent { handle name } } }
  agreements(first: 10) { nodes { handle } }
}`;

export const LOOKUP = 'query BenchLookup($handle: String!) { organization(handle: $handle) { id handle name } }';

export const SEARCH = `query BenchSearch($q: String!, $first: Int) {
  search(query: $q, first: $first) {
    totalCount
    edges {
      matchedText matchedLang matchedField score
      node {
        __typename
        ... on Organization { id handle name }
        ... on Person { id handle name }
        ... on Event { id handle name }
        ... on Agreement { id handle title }
      }
    }
  }
}`;

export const ADD_NAME = `mutation BenchAddName($input: AddNameInput!) {
  addName(input: $input) { name { value lang kind } userErrors { field message code } }
}`;

export interface GraphQLBody {
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
}

/** The variables of the nested query: up to 1,000 organisation ids in lists of 100. */
export function nestedVariables(globalIds: string[]): Record<string, string[]> {
  return Object.fromEntries(
    Array.from({ length: NESTED_BATCHES }, (_, i) => [`ids${i}`, globalIds.slice(i * NODES_PER_BATCH, (i + 1) * NODES_PER_BATCH)]),
  );
}

export const nestedBody = (globalIds: string[]): GraphQLBody => ({ query: NESTED, operationName: 'BenchNested', variables: nestedVariables(globalIds) });
export const lookupBody = (handle: string): GraphQLBody => ({ query: LOOKUP, operationName: 'BenchLookup', variables: { handle } });
export const searchBody = (q: string, first = 20): GraphQLBody => ({ query: SEARCH, operationName: 'BenchSearch', variables: { q, first } });
export const addNameBody = (ownerId: string, value: string): GraphQLBody => ({
  query: ADD_NAME, operationName: 'BenchAddName', variables: { input: { ownerId, value, lang: 'en', kind: 'ALIAS' } },
});
