import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { names } from '../../db/schema.js';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { NameConnection } from './name.type.js';
import { Named } from './named.type.js';
import { NameArgs } from './name.args.js';
import { nameSelection } from './name.filter.js';

const ownerColumns = { Organization: names.organizationId, Person: names.personId, Event: names.eventId };

@Resolver(() => Named)
export class NamedResolver {
  @FieldResolver(() => NameConnection)
  names(@Root() owner: TaggedRow, @Args(() => NameArgs) args: NameArgs, @Ctx() ctx: Context) {
    const column = ownerColumns[owner[rowType] as keyof typeof ownerColumns];
    return ctx.loaders.connection(names, { by: column }, owner.id, args, nameSelection(args));
  }
}
