import { ApiRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { RecordsAt, RootQueriesOf } from '../../shared/relations.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { CreatePersonInput, DeletePersonInput, UpdatePersonInput } from './person.input.js';
import { personWrites } from './person.service.js';
import { Person, personList } from './person.type.js';

export const PersonRoots = RootQueriesOf(Person, {
  one: { name: 'person', example: 'gennady-golovkin', description: 'A person by global id or by handle (exactly one).' },
  many: { name: 'people', list: personList, description: 'People, filtered by nationality.' },
});

export const PersonRecords = RecordsAt(Person, {
  nationality: { by: t.people.nationalityId, description: 'Their nationality, when known.' },
});

export const { Payload: PersonPayload, Mutations: PersonMutationResolver } = MutationsOf(Person, {
  createPerson: { input: CreatePersonInput, run: personWrites.create, description: 'Adds a person.' },
  updatePerson: { input: UpdatePersonInput, run: personWrites.update, description: 'Changes a person.' },
  deletePerson: { input: DeletePersonInput, run: personWrites.delete, description: 'Deletes a person with no posts or attendances left (their names, identifiers and citations go with them).', role: ApiRole.ADMIN, revertible: true },
});
