/** Root lookups by global id or by handle: exactly one of the two. */
import type { Context } from '../context.js';
import { survivorOf } from '../modules/merge/merge.redirect.js';
import { UserInputError } from './errors.js';
import { rowIdOf } from './global-id.js';
import { typeNameOf, type NodeTable } from './node-registry.js';

type HandledTable = Extract<NodeTable, { handle: unknown }>;

/** A merged-away record's id and handle find its survivor. */
export async function findByIdOrHandle<T extends HandledTable>(ctx: Context, table: T, id?: string | null, handle?: string | null) {
  if ((id == null) === (handle == null)) {
    throw new UserInputError('Pass exactly one of `id` or `handle`.', id == null ? 'id' : 'handle');
  }
  const row = id != null
    ? await ctx.loaders.byId(table).load(rowIdOf(id, typeNameOf(table)))
    : await ctx.loaders.byUnique(table, table.handle).load(handle!.trim().toLowerCase());
  return survivorOf(ctx, table, row);
}
