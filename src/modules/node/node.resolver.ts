import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { InvalidIdError, UserInputError } from '../../shared/errors.js';
import { fromGlobalId, toGlobalId } from '../../shared/global-id.js';
import { survivorOf } from '../../shared/lookup.js';
import { isNodeTypeName, nodeTables, rowType, type TaggedRow } from '../../shared/node-registry.js';
import { Node } from './node.type.js';

const MAX_NODES = 100;

@Resolver(() => Node)
export class NodeResolver {
  @FieldResolver(() => ID)
  id(@Root() row: TaggedRow): string {
    return toGlobalId(row[rowType]!, row.id);
  }

  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when no object has that id.' })
  node(@Arg('id', () => ID, { description: 'A global id from an `id` field.' }) id: string, @Ctx() ctx: Context) {
    return loadNode(id, ctx);
  }

  @Query(() => [Node], { nullable: 'items', description: `Objects by their global ids, in the order given (at most ${MAX_NODES}); null for each id that names no object.` })
  nodes(@Arg('ids', () => [ID], { description: 'Global ids from `id` fields.' }) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > MAX_NODES) throw new UserInputError(`\`ids\` may hold at most ${MAX_NODES} ids; got ${ids.length}.`, 'ids');
    return Promise.all(ids.map((id) => loadNode(id, ctx)));
  }
}

async function loadNode(id: string, ctx: Context) {
  const parsed = fromGlobalId(id);
  if (!parsed) throw new InvalidIdError(id);
  if (!isNodeTypeName(parsed.type)) return null;
  const table = nodeTables[parsed.type];
  // A merged-away organisation or person answers as its survivor.
  return survivorOf(ctx, table, await ctx.loaders.byId(table).load(parsed.id));
}
