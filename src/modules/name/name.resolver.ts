import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { names } from '../../db/schema.js';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { nameFilter, nameOwnerColumns } from './name.filter.js';
import { NameConnection, NamesArgs } from './name.type.js';
import { Named } from './named.type.js';

@Resolver(() => Named)
export class NamedResolver {
  @FieldResolver(() => NameConnection)
  names(@Root() owner: TaggedRow, @Args(() => NamesArgs) args: NamesArgs, @Ctx() ctx: Context) {
    const column = nameOwnerColumns[owner[rowType] as keyof typeof nameOwnerColumns];
    return ctx.loaders.connection(names, { by: column }, owner.id, args, nameFilter(args));
  }
}
