import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { citations, sources, type CitationRow } from '../../db/schema.js';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { Source } from '../source/source.type.js';
import { CitationConnection, Citation } from './citation.type.js';
import { citationColumn, citationTarget, type CitedTypeName } from './citation.targets.js';
import { CitedFact } from './cited-fact.union.js';
import { Cited } from './cited.type.js';
import { CitationArgs } from './citation.args.js';
import { citationSelection } from './citation.filter.js';

@Resolver(() => Cited)
export class CitedResolver {
  @FieldResolver(() => CitationConnection)
  citations(@Root() fact: TaggedRow, @Args(() => CitationArgs) args: CitationArgs, @Ctx() ctx: Context) {
    const column = citationColumn(fact[rowType] as CitedTypeName);
    return ctx.loaders.connection(citations, { by: column }, fact.id, args, citationSelection(args));
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, { description: 'The source document.' })
  source(@Root() citation: CitationRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(sources).load(citation.sourceId);
  }

  @FieldResolver(() => CitedFact, { nullable: true, description: 'The fact this citation supports.' })
  subject(@Root() citation: CitationRow, @Ctx() ctx: Context) {
    const target = citationTarget(citation);
    return target ? ctx.loaders.byId(target.table).load(target.id) : null;
  }
}
