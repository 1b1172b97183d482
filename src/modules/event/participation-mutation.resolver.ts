import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { AddParticipantInput, RemoveParticipantInput, UpdateParticipantInput } from './participation.input.js';
import { addParticipant, removeParticipant, updateParticipant } from './participation.service.js';
import { Participation } from './participation.type.js';

export const ParticipationPayload = Payload(Participation, 'Participation', 'participation');

@Resolver()
export class ParticipationMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => ParticipationPayload, { description: 'Records who attended an event: a person, an organisation, or both. Needs an editor key.' })
  addParticipant(@Arg('input', () => AddParticipantInput, { description: 'What to change.' }) input: AddParticipantInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'addParticipant', (w) => addParticipant(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => ParticipationPayload, { description: 'Changes an attendance. Needs an editor key.' })
  updateParticipant(@Arg('input', () => UpdateParticipantInput, { description: 'What to change.' }) input: UpdateParticipantInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'updateParticipant', (w) => updateParticipant(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => ParticipationPayload, { description: 'Removes an attendance, with its citations. Needs an editor key; revertible.' })
  removeParticipant(@Arg('input', () => RemoveParticipantInput, { description: 'What to change.' }) input: RemoveParticipantInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'removeParticipant', (w) => removeParticipant(w, input)));
  }
}
