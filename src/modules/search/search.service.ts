/**
 * The search query: the user's text is normalised like the index, each word becomes a quoted
 * FTS5 prefix term (so no input is FTS syntax; an Arabic word also its stems), and the terms must all match one name. Entities
 * are ranked by their best-matching name (bm25); one statement returns the page and the total,
 * then the nodes come through the per-type `byId` loaders, so the statement count does not grow
 * with the number of results.
 */
import { sql } from 'drizzle-orm';
import type { Context } from '../../context.js';
import { UserInputError } from '../../shared/errors.js';
import { checkSize, DEFAULT_PAGE_SIZE } from '../../shared/pagination.js';
import { matchExpression } from '../../shared/normalize.js';
import { SearchableType, searchableTables, type SearchField } from '../../shared/search-index.js';

export const MAX_QUERY_LENGTH = 200;

export interface SearchInput {
  query: string;
  types?: SearchableType[] | null;
  first?: number | null;
  after?: string | null;
}

interface Hit {
  total: number;
  pos: number | null;
  entityType: SearchableType;
  entityId: number;
  field: SearchField;
  lang: string | null;
  display: string;
  score: number;
}

const encodeCursor = (pos: number) => Buffer.from(JSON.stringify(['search', pos])).toString('base64url');

function decodeCursor(cursor: string): number {
  try {
    const [kind, pos] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (kind === 'search' && Number.isSafeInteger(pos) && pos > 0) return pos;
  } catch {
    // fall through to the error below
  }
  throw new UserInputError("`after` is not a cursor from this connection; pass an edge's `cursor` or `pageInfo.endCursor`.", 'after');
}

export async function search(ctx: Context, input: SearchInput) {
  const query = input.query.trim();
  if (!query) throw new UserInputError('`query` must not be empty.', 'query');
  if (query.length > MAX_QUERY_LENGTH) throw new UserInputError(`\`query\` must be at most ${MAX_QUERY_LENGTH} characters.`, 'query');
  const first = checkSize(input.first ?? DEFAULT_PAGE_SIZE, 'first');
  const offset = input.after ? decodeCursor(input.after) : 0;
  const types = input.types?.length ? input.types : Object.values(SearchableType);
  const match = matchExpression(query);
  // Punctuation alone matches nothing; it is not an error.
  const hits = match ? findHits(ctx, match, query, types, offset, first) : [];
  const total = hits[0]?.total ?? 0;
  const page = hits.filter((h) => h.pos !== null).slice(0, first);

  const nodes = new Map<string, unknown>();
  await Promise.all(types.map(async (type) => {
    const ids = page.filter((h) => h.entityType === type).map((h) => h.entityId);
    if (!ids.length) return;
    const rows = await ctx.loaders.byId(searchableTables[type]).loadMany(ids);
    ids.forEach((id, i) => nodes.set(`${type}:${id}`, rows[i]));
  }));
  const edges = page
    .map((h) => ({
      cursor: encodeCursor(h.pos!),
      node: nodes.get(`${h.entityType}:${h.entityId}`),
      matchedText: h.display,
      matchedLang: h.lang,
      matchedField: h.field,
      score: Math.round(-h.score * 1000) / 1000,
    }))
    .filter((edge) => edge.node && !(edge.node instanceof Error));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount: total,
    pageInfo: {
      hasNextPage: total > offset + first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * One statement: every matching row with its bm25 score, the best row per entity (ties go to a
 * name containing the query as typed, then to the earlier field: name, short name, handle, other
 * names, transliterations), the entities in rank order, the requested slice and the total.
 */
function findHits(ctx: Context, match: string, query: string, types: SearchableType[], offset: number, first: number): Hit[] {
  return ctx.db.all<Hit>(sql`
    WITH hits AS (
      SELECT rowid AS rid, entity_type, entity_id, field, lang, display, bm25(search_index) AS score
      FROM search_index
      WHERE search_index MATCH ${match} AND entity_type IN (SELECT value FROM json_each(${JSON.stringify(types)}))
    ), best AS (
      SELECT *, row_number() OVER (ORDER BY score, rid) AS pos FROM (
        SELECT *, row_number() OVER (PARTITION BY entity_type, entity_id ORDER BY score, instr(display, ${query}) = 0, rid) AS n
        FROM hits
      ) WHERE n = 1
    )
    SELECT (SELECT count(*) FROM best) AS total, b.pos, b.entity_type AS entityType, b.entity_id AS entityId,
      b.field, b.lang, b.display, b.score
    FROM (SELECT 1) LEFT JOIN best b ON b.pos > ${offset} AND b.pos <= ${offset + first}
    ORDER BY b.pos`);
}
