/**
 * Root lookups by global id or by natural key (a handle, a code): exactly one of the two. Merged-away records keep their
 * ids: a lookup that lands on one follows `mergedIntoId` to the survivor.
 */
import type { Column } from 'drizzle-orm';
import type { Context } from '../context.js';
import { UserInputError } from './errors.js';
import { rowIdOf } from './global-id.js';
import { typeNameOf, type NodeTable } from './node-registry.js';

/** A merged-away record's id and key find its survivor. Keys are stored lowercase. */
export async function findByIdOrKey(ctx: Context, table: NodeTable, key: { field: string; column: Column }, id?: string | null, value?: string | null) {
  if ((id == null) === (value == null)) {
    throw new UserInputError(`Pass exactly one of \`id\` or \`${key.field}\`.`, id == null ? 'id' : key.field);
  }
  const row = id != null
    ? await ctx.loaders.byId(table).load(rowIdOf(id, typeNameOf(table)))
    : await ctx.loaders.byUnique(table, key.column).load(value!.trim().toLowerCase());
  return survivorOf(ctx, table, row);
}

/** Merges repoint earlier merges, so chains stay one hop long; this only guards against bad data. */
const MAX_HOPS = 8;

/** The survivor of a merged-away row (following chains), the row itself otherwise, null for null. */
export async function survivorOf<R>(ctx: Context, table: NodeTable, row: R | null | undefined): Promise<R | null> {
  let current = (row ?? null) as (R & { mergedIntoId?: number | null }) | null;
  for (let hop = 0; current?.mergedIntoId != null && hop < MAX_HOPS; hop++) {
    current = (await ctx.loaders.byId(table).load(current.mergedIntoId)) as unknown as typeof current;
  }
  return current;
}

