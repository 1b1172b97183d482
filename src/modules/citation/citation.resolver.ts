import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { type CitationRow, citations } from '../../db/schema.js';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { ConnectionsTo, RecordsAt } from '../../shared/relations.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { Source } from '../source/source.type.js';
import { AttachCitationInput, DeleteCitationInput, UpdateCitationInput } from './citation.input.js';
import { attachCitation, deleteCitation, updateCitation } from './citation.service.js';
import { citationColumn, citationTarget, type CitedTypeName } from './citation.targets.js';
import { Citation, citationList, CitationArgs } from './citation.type.js';
import { CitedFact } from './cited-fact.union.js';
import { Cited } from './cited.type.js';

@Resolver(() => Cited)
export class CitedResolver {
  @FieldResolver(() => citationList.Connection)
  citations(@Root() fact: TaggedRow, @Args(() => citationList.Args) args: CitationArgs, @Ctx() ctx: Context) {
    const column = citationColumn(fact[rowType] as CitedTypeName);
    return ctx.loaders.connection(citations, { by: column }, fact.id, args, citationList.selection(args, ctx));
  }
}

export const CitationRecords = RecordsAt(Citation, {
  source: { by: citations.sourceId, description: 'The source document.' },
});

@Resolver(() => Citation)
export class CitationResolver {
@FieldResolver(() => CitedFact, { nullable: true, description: 'The fact this citation supports.' })
  subject(@Root() citation: CitationRow, @Ctx() ctx: Context) {
    const target = citationTarget(citation);
    return target ? ctx.loaders.byId(target.table).load(target.id) : null;
  }
}

export const { Payload: CitationPayload, Mutations: CitationMutationResolver } = MutationsOf(Citation, {
  attachCitation: { input: AttachCitationInput, run: attachCitation, description: 'Attaches a source, with its supporting quote, to any fact.' },
  updateCitation: { input: UpdateCitationInput, run: updateCitation, description: 'Changes a citation: its source, quote, translation, confidence, correction or note.' },
  deleteCitation: { input: DeleteCitationInput, run: deleteCitation, description: 'Removes a citation from its fact.', revertible: true },
});

export const SourceCitations = ConnectionsTo(Source, {
  citations: { list: citationList, description: 'The facts this source backs, each with its quote.' },
});
