/** Root lookups by global id or by handle: exactly one of the two. */
import type { Context } from '../context.js';
import { UserInputError } from './errors.js';
import { rowIdOf } from './global-id.js';
import { typeNameOf, type NodeTable } from './node-registry.js';

type HandledTable = Extract<NodeTable, { handle: unknown }>;

export function findByIdOrHandle<T extends HandledTable>(ctx: Context, table: T, id?: string | null, handle?: string | null) {
  if ((id == null) === (handle == null)) {
    throw new UserInputError('Pass exactly one of `id` or `handle`.', id == null ? 'id' : 'handle');
  }
  if (id != null) return ctx.loaders.byId(table).load(rowIdOf(id, typeNameOf(table)));
  return ctx.loaders.byUnique(table, table.handle).load(handle!.trim().toLowerCase());
}
