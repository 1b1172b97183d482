import type { Column } from 'drizzle-orm';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { datesOf, nodeTables, propertyOf, rowType, type TaggedRow } from '../../shared/node-registry.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { dateAsked, InEffect as InEffectEnum, inEffectAt, type InEffect } from '../../shared/point-in-time.js';
import { Dated } from './dated.type.js';

@Resolver(() => Dated)
export class DatedResolver {
  @FieldResolver(() => InEffectEnum)
  inEffect(
    @Root() row: TaggedRow,
    @Arg('at', () => PartialDateScalar, { nullable: true, description: 'The date or period asked about; the query\'s `@asOf` date when omitted, else today.' }) at: string | null,
    @Ctx() ctx: Context,
  ): InEffect {
    // Its dates as the registry declares them (an agreement starts when it started, was signed or first discussed).
    const type = row[rowType]!;
    const { start, end } = datesOf(type)!;
    const value = (column: Column) => (row as unknown as Record<string, string | null>)[propertyOf(nodeTables[type], column)] ?? null;
    return inEffectAt(start.map(value).find((date) => date != null) ?? null, value(end), dateAsked(ctx, at));
  }
}
