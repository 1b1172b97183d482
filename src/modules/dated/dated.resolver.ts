import type { Column } from 'drizzle-orm';
import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import { datesOf, nodeTables, propertyOf, rowType, type TaggedRow } from '../../shared/node-registry.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { InEffect as InEffectEnum, inEffectAt, today, type InEffect } from '../../shared/point-in-time.js';
import { Dated } from './dated.type.js';

@Resolver(() => Dated)
export class DatedResolver {
  @FieldResolver(() => InEffectEnum)
  inEffect(
    @Root() row: TaggedRow,
    @Arg('at', () => PartialDateScalar, { nullable: true, description: 'The date or period asked about; today when omitted.' }) at: string | null,
  ): InEffect {
    // Its dates as the registry declares them (an agreement starts when it started, was signed or first discussed).
    const type = row[rowType]!;
    const { start, end } = datesOf(type)!;
    const value = (column: Column) => (row as unknown as Record<string, string | null>)[propertyOf(nodeTables[type], column)] ?? null;
    return inEffectAt(start.map(value).find((date) => date != null) ?? null, value(end), at ?? today());
  }
}
