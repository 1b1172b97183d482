/** Writes to organisations. Each function runs inside one write (see shared/write.ts). */
import * as t from '../../db/schema.js';
import { recordWrites } from '../mutation/record-writes.js';
import { countryId, endNotBeforeStart } from '../mutation/rules.js';
import { CreateOrganizationInput } from './organization.input.js';

export const organizationWrites = recordWrites(t.organizations, CreateOrganizationInput, {
  columns: { from: ['country'], to: (writer, { country }) => ({ countryId: countryId(writer, country) }) },
  check: (_, next) => endNotBeforeStart(next.foundingDate, next.dissolutionDate, 'dissolutionDate'),
  deleteRemedy: 'delete or move them first, or merge the organisation into another.',
});
