import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { citations, sources, type SourceRow } from '../../db/schema.js';
import { PageArgs } from '../../shared/connection.type.js';
import { findByIdOrHandle } from '../../shared/lookup.js';
import { CitationConnection, CitationsArgs } from '../citation/citation.type.js';
import { citationFilter } from '../citation/citation.filter.js';
import { Source, SourceConnection } from './source.type.js';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'A source by global id or by handle (exactly one).' })
  source(
    @Arg('id', () => ID, { nullable: true, description: 'The global id.' }) id: string | null,
    @Arg('handle', () => String, { nullable: true, description: 'The handle, e.g. `astana-article`.' }) handle: string | null,
    @Ctx() ctx: Context,
  ) {
    return findByIdOrHandle(ctx, sources, id, handle);
  }

  @Query(() => SourceConnection, { description: 'Every source document.' })
  sources(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(sources, 'root', 0, args);
  }

  @FieldResolver(() => CitationConnection, { description: 'The facts this source backs, each with its quote.' })
  citations(@Root() source: SourceRow, @Args(() => CitationsArgs) args: CitationsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(citations, { by: citations.sourceId }, source.id, args, citationFilter(args));
  }
}
