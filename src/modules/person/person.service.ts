/** Writes to people. Each function runs inside one write (see shared/write.ts). */
import * as t from '../../db/schema.js';
import { recordWrites } from '../mutation/record-writes.js';
import { countryId } from '../mutation/rules.js';
import { CreatePersonInput } from './person.input.js';

export const personWrites = recordWrites(t.people, CreatePersonInput, {
  columns: { from: ['nationality'], to: (writer, { nationality }) => ({ nationalityId: countryId(writer, nationality) }) },
  deleteRemedy: 'delete or move them first, or merge the person into another.',
});
