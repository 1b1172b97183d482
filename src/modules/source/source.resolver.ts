import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { type SourceRow, sources } from '../../db/schema.js';
import { findByIdOrHandle } from '../../shared/lookup.js';
import { Source, SourceConnection } from './source.type.js';
import { SourceArgs, sourceSelection } from './source.args.js';
import { ApiRole } from '../../db/enums.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { CreateSourceInput, DeleteSourceInput, UpdateSourceInput } from './source.input.js';
import { createSource, deleteSource, updateSource } from './source.service.js';

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
  sources(@Args(() => SourceArgs) args: SourceArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(sources, 'root', 0, args, sourceSelection(args));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The full text, as retrieved.' })
  text(@Root() source: SourceRow, @Ctx() ctx: Context): string | null {
    // The one field whose size the query's cost cannot see: it counts towards the response size cap.
    return ctx.budget.spend(source.text);
  }
}

export const { Payload: SourcePayload, Mutations: SourceMutationResolver } = MutationsOf(Source, 'Source', 'source', {
  createSource: { input: CreateSourceInput, run: createSource, description: 'Adds a source document.' },
  updateSource: { input: UpdateSourceInput, run: updateSource, description: 'Changes a source document.' },
  deleteSource: { input: DeleteSourceInput, run: deleteSource, description: 'Deletes a source that no citation uses.', role: ApiRole.ADMIN, revertible: true },
});
