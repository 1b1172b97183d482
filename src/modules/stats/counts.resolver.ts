import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { dateGiven } from '../../shared/point-in-time.js';
import { countBy } from './counts.service.js';
import { CountBucket, CountDimension, CountSubject } from './counts.type.js';

@Resolver()
export class CountsResolver {
  @Query(() => [CountBucket], {
    description: 'Counts for dashboards: how many organisations, people, events, agreements or posts share each kind, country, '
      + 'status, year or role, largest first (ties by key, unknown last). YEAR is the year of founding for organisations, of the start '
      + 'date for events and posts, and of signing for agreements (of discussion while unsigned). A dimension that does not apply '
      + 'to the subject, such as PEOPLE by STATUS, is refused with BAD_USER_INPUT.',
  })
  counts(
    @Arg('of', () => CountSubject, { description: 'What to count.' }) of: CountSubject,
    @Arg('by', () => CountDimension, { description: 'What to group by.' }) by: CountDimension,
    @Arg('asOf', () => PartialDateScalar, {
      nullable: true,
      description: 'Count as things stood at this date: only the posts and agreements that may have held then, each agreement by the stage it had reached. '
        + 'The query\'s `@asOf` date when omitted; without either, everything stored. Organisations, people and events are not dated facts and are all counted.',
    }) asOf: string | null,
    @Ctx() ctx: Context,
  ): CountBucket[] {
    return countBy(ctx.db, of, by, dateGiven(ctx, asOf));
  }
}
