import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { CreateOrganizationInput, DeleteOrganizationInput, UpdateOrganizationInput } from './organization.input.js';
import { createOrganization, deleteOrganization, updateOrganization } from './organization.service.js';
import { Organization } from './organization.type.js';

export const OrganizationPayload = Payload(Organization, 'Organization', 'organization');

@Resolver()
export class OrganizationMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => OrganizationPayload, { description: 'Adds an organisation. Needs an editor key.' })
  createOrganization(@Arg('input', () => CreateOrganizationInput, { description: 'What to change.' }) input: CreateOrganizationInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'createOrganization', (w) => createOrganization(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => OrganizationPayload, { description: 'Changes an organisation. Needs an editor key.' })
  updateOrganization(@Arg('input', () => UpdateOrganizationInput, { description: 'What to change.' }) input: UpdateOrganizationInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'updateOrganization', (w) => updateOrganization(w, input)));
  }

  @Authorized(ApiRole.ADMIN)
  @Mutation(() => OrganizationPayload, { description: 'Deletes an organisation with no facts left (its names and identifiers go with it). Needs an admin key; revertible.' })
  deleteOrganization(@Arg('input', () => DeleteOrganizationInput, { description: 'What to change.' }) input: DeleteOrganizationInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'deleteOrganization', (w) => deleteOrganization(w, input)));
  }
}
