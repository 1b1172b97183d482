import { eq } from 'drizzle-orm';
import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { changes, type ChangeRow } from '../../db/schema.js';
import { PageArgs } from '../../shared/connection.type.js';
import { toGlobalId } from '../../shared/global-id.js';
import { isNodeTypeName, nodeTables, rowType, type TaggedRow } from '../../shared/node-registry.js';
import { Node } from '../node/node.type.js';
import { changesSince } from './change.filter.js';
import { ChangesArgs, Change, ChangeConnection } from './change.type.js';
import { Recorded } from './recorded.type.js';

@Resolver(() => Recorded)
export class RecordedResolver {
  @FieldResolver(() => ChangeConnection)
  history(@Root() row: TaggedRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const type = row[rowType]!;
    return ctx.loaders.connection(changes, { by: changes.entityId }, row.id, args, { where: eq(changes.entityType, type), key: type });
  }
}

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => ChangeConnection, { description: 'The feed of every recorded change, oldest first; `since` keeps the changes from that moment on.' })
  changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: Context) {
    const { since, ...page } = args;
    return ctx.loaders.connection(changes, 'root', 0, page, changesSince(since));
  }

  @FieldResolver(() => String)
  subjectType(@Root() change: ChangeRow): string {
    return change.entityType;
  }

  @FieldResolver(() => ID)
  subjectId(@Root() change: ChangeRow): string {
    return toGlobalId(change.entityType, change.entityId);
  }

  @FieldResolver(() => Node, { nullable: true })
  subject(@Root() change: ChangeRow, @Ctx() ctx: Context) {
    if (!isNodeTypeName(change.entityType)) return null;
    return ctx.loaders.byId(nodeTables[change.entityType]).load(change.entityId);
  }

  @FieldResolver(() => Change, { nullable: true })
  revertOf(@Root() change: ChangeRow, @Ctx() ctx: Context) {
    return change.revertOfId ? ctx.loaders.byId(changes).load(change.revertOfId) : null;
  }

  @FieldResolver(() => Change, { nullable: true })
  revertedBy(@Root() change: ChangeRow, @Ctx() ctx: Context) {
    return ctx.loaders.byUnique(changes, changes.revertOfId).load(change.id);
  }
}
