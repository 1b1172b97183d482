/** Writes to people. Each function runs inside one write (see shared/write.ts). */
import * as t from '../../db/schema.js';
import { recordWrites } from '../mutation/record-writes.js';
import { countryId } from '../mutation/rules.js';
import type { CreatePersonInput } from './person.input.js';

export const personWrites = recordWrites(t.people, {
  columns: (writer, { nationality }: Partial<CreatePersonInput>) => ({ nationalityId: countryId(writer, nationality, 'nationality') }),
  deleteRemedy: 'delete or move them first, or merge the person into another.',
});
