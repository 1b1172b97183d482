import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { type SourceRow } from '../../db/schema.js';
import { ConnectionsTo, RootQueriesOf } from '../../shared/relations.js';
import { citationList } from '../citation/citation.type.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { CreateSourceInput, DeleteSourceInput, UpdateSourceInput } from './source.input.js';
import { sourceWrites } from './source.service.js';
import { Source, sourceList } from './source.type.js';

export const SourceRoots = RootQueriesOf(Source, {
  one: { name: 'source', example: 'astana-article', description: 'A source by global id or by handle (exactly one).' },
  many: { name: 'sources', list: sourceList, description: 'Every source document.' },
});

// The source module reads the citation module (its rule, this list), never the reverse.
export const SourceCitations = ConnectionsTo(Source, {
  citations: { list: citationList, description: 'The facts this source backs, each with its quote.' },
});

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The full text, as retrieved.' })
  text(@Root() source: SourceRow, @Ctx() ctx: Context): string | null {
    // The one field whose size the query's cost cannot see: it counts towards the response size cap.
    return ctx.budget.spend(source.text);
  }
}

export const { Payload: SourcePayload, Mutations: SourceMutationResolver } = MutationsOf(Source, {
  createSource: { input: CreateSourceInput, run: sourceWrites.create, description: 'Adds a source document.' },
  updateSource: { input: UpdateSourceInput, run: sourceWrites.update, description: 'Changes a source document.' },
  deleteSource: { input: DeleteSourceInput, run: sourceWrites.delete, description: 'Deletes a source that no citation uses.', role: ApiRole.ADMIN, revertible: true },
});
