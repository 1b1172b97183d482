import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { InEffect as InEffectEnum, inEffectAt, today, type InEffect } from '../../shared/point-in-time.js';
import { Dated } from './dated.type.js';

interface DatedRow {
  startDate: string | null;
  endDate: string | null;
  signedDate?: string | null;
  discussedDate?: string | null;
}

@Resolver(() => Dated)
export class DatedResolver {
  @FieldResolver(() => InEffectEnum)
  inEffect(
    @Root() row: DatedRow,
    @Arg('at', () => PartialDateScalar, { nullable: true, description: 'The date or period asked about; today when omitted.' }) at: string | null,
  ): InEffect {
    // An agreement holds from its start, else its signature, else its first discussion.
    const start = row.startDate ?? row.signedDate ?? row.discussedDate ?? null;
    return inEffectAt(start, row.endDate, at ?? today());
  }
}
