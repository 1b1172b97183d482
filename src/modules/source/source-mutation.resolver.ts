import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { CreateSourceInput, DeleteSourceInput, UpdateSourceInput } from './source.input.js';
import { createSource, deleteSource, updateSource } from './source.service.js';
import { Source } from './source.type.js';

export const SourcePayload = Payload(Source, 'Source', 'source');

@Resolver()
export class SourceMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => SourcePayload, { description: 'Adds a source document. Needs an editor key.' })
  createSource(@Arg('input', () => CreateSourceInput, { description: 'What to change.' }) input: CreateSourceInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'createSource', (w) => createSource(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => SourcePayload, { description: 'Changes a source document. Needs an editor key.' })
  updateSource(@Arg('input', () => UpdateSourceInput, { description: 'What to change.' }) input: UpdateSourceInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'updateSource', (w) => updateSource(w, input)));
  }

  @Authorized(ApiRole.ADMIN)
  @Mutation(() => SourcePayload, { description: 'Deletes a source that no citation uses. Needs an admin key; revertible.' })
  deleteSource(@Arg('input', () => DeleteSourceInput, { description: 'What to change.' }) input: DeleteSourceInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'deleteSource', (w) => deleteSource(w, input)));
  }
}
