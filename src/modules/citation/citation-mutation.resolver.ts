import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { AttachCitationInput, DeleteCitationInput, UpdateCitationInput } from './citation.input.js';
import { attachCitation, deleteCitation, updateCitation } from './citation.service.js';
import { Citation } from './citation.type.js';

export const CitationPayload = Payload(Citation, 'Citation', 'citation');

@Resolver()
export class CitationMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => CitationPayload, { description: 'Attaches a source, with its supporting quote, to any fact. Needs an editor key.' })
  attachCitation(@Arg('input', () => AttachCitationInput, { description: 'What to change.' }) input: AttachCitationInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'attachCitation', (w) => attachCitation(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => CitationPayload, { description: 'Changes a citation: its source, quote, translation, confidence, correction or note. Needs an editor key.' })
  updateCitation(@Arg('input', () => UpdateCitationInput, { description: 'What to change.' }) input: UpdateCitationInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'updateCitation', (w) => updateCitation(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => CitationPayload, { description: 'Removes a citation from its fact. Needs an editor key; revertible.' })
  deleteCitation(@Arg('input', () => DeleteCitationInput, { description: 'What to change.' }) input: DeleteCitationInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'deleteCitation', (w) => deleteCitation(w, input)));
  }
}
