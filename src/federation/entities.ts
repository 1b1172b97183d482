/**
 * The entities other subgraphs can reference, and how a reference becomes a row. References
 * go through the request's loaders, so resolving many of them costs one statement per type
 * and key. A key that names nothing resolves to null, never to an error for the whole request.
 */
import type { Column } from 'drizzle-orm';
import type { Context } from '../context.js';
import { agreements, countries, events, organizations, people } from '../db/schema.js';
import { fromGlobalId } from '../shared/global-id.js';
import type { NodeTable, NodeTypeName } from '../shared/node-registry.js';
import { survivorOf } from '../modules/merge/merge.redirect.js';

interface Entity {
  table: NodeTable;
  /** Natural keys beside the opaque `id`, as declared with @key on the type. */
  naturalKeys: Record<string, Column>;
}

export const entities = {
  Organization: { table: organizations, naturalKeys: { handle: organizations.handle } },
  Person: { table: people, naturalKeys: { handle: people.handle } },
  Event: { table: events, naturalKeys: { handle: events.handle } },
  Agreement: { table: agreements, naturalKeys: { handle: agreements.handle } },
  Country: { table: countries, naturalKeys: { iocCode: countries.iocCode } },
} satisfies Partial<Record<NodeTypeName, Entity>>;

/** A reference to a merged-away organisation or person resolves to the survivor. */
export async function resolveReference(type: keyof typeof entities, reference: Record<string, unknown>, ctx: Context) {
  const { table, naturalKeys } = entities[type] as Entity;
  if (typeof reference.id === 'string') {
    const parsed = fromGlobalId(reference.id);
    return parsed?.type === type ? survivorOf(ctx, table, await ctx.loaders.byId(table).load(parsed.id)) : null;
  }
  for (const [field, column] of Object.entries(naturalKeys)) {
    const value = reference[field];
    if (typeof value === 'string') return survivorOf(ctx, table, await ctx.loaders.byUnique(table, column).load(value));
  }
  return null;
}

/** `__resolveReference` for every entity type, in the shape buildSubgraphSchema takes. */
export function referenceResolvers() {
  return Object.fromEntries(
    Object.keys(entities).map((type) => [
      type,
      { __resolveReference: (reference: Record<string, unknown>, ctx: Context) => resolveReference(type as keyof typeof entities, reference, ctx) },
    ]),
  );
}
