import * as t from '../../db/schema.js';
import { ConnectionsTo, RecordsAt } from '../../shared/relations.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { Organization } from '../organization/organization.type.js';
import { CreateAffiliationInput, DeleteAffiliationInput, UpdateAffiliationInput } from './affiliation.input.js';
import { createAffiliation, deleteAffiliation, updateAffiliation } from './affiliation.service.js';
import { Affiliation, affiliationList } from './affiliation.type.js';

export const AffiliationRecords = RecordsAt(Affiliation, {
  organization: { by: t.affiliations.organizationId, description: 'The member: the organisation that belongs to the parent.' },
  parent: { by: t.affiliations.parentId, description: 'The parent: the organisation it belongs to or is recognised by.' },
});

export const { Payload: AffiliationPayload, Mutations: AffiliationMutationResolver } = MutationsOf(Affiliation, {
  createAffiliation: { input: CreateAffiliationInput, run: createAffiliation, description: 'Ties one organisation to another (member of, recognised by, part of, same as); refuses ties that would form a cycle.' },
  updateAffiliation: { input: UpdateAffiliationInput, run: updateAffiliation, description: 'Changes a tie (its kind, dates or note).' },
  deleteAffiliation: { input: DeleteAffiliationInput, run: deleteAffiliation, description: 'Deletes a tie and its citations.', revertible: true },
});

export const OrganizationTies = ConnectionsTo(Organization, {
  affiliations: { list: affiliationList, by: t.affiliations.organizationId, description: 'Upward ties: the organisations it is a member of, recognised by or part of.' },
  affiliates: { list: affiliationList, by: t.affiliations.parentId, description: 'Downward ties: the organisations that are its members, recognised by it or part of it.' },
});
