/** Merged-away records keep their ids: a lookup that lands on one follows `mergedIntoId` to the survivor. */
import type { Context } from '../../context.js';
import type { NodeTable } from '../../shared/node-registry.js';

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

