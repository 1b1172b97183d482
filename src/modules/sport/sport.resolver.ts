import { ApiRole } from '../../db/enums.js';
import { sports } from '../../db/schema.js';
import { ConnectionsTo, RecordsAt, RootQueriesOf } from '../../shared/relations.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { CreateSportInput, DeleteSportInput, MergeSportsInput, UpdateSportInput } from './sport.input.js';
import { mergeSports, sportWrites } from './sport.service.js';
import { Sport, sportList } from './sport.type.js';

export const SportRoots = RootQueriesOf(Sport, {
  one: { name: 'sport', example: 'aquatics', description: 'A sport by global id or by code (exactly one); a merged-away sport leads to its survivor.' },
  many: { name: 'sports', list: sportList, description: 'Sports and disciplines.' },
});

export const SportRecords = RecordsAt(Sport, {
  parent: { by: sports.parentId, description: 'The sport this discipline belongs to; null for a top-level sport.' },
});

export const SportDisciplines = ConnectionsTo(Sport, {
  disciplines: { list: sportList, by: sports.parentId, description: 'The disciplines of this sport.' },
});

export const { Payload: SportPayload, Mutations: SportMutationResolver } = MutationsOf(Sport, {
  createSport: { input: CreateSportInput, run: sportWrites.create, description: 'Adds a sport or a discipline of one.' },
  updateSport: { input: UpdateSportInput, run: sportWrites.update, description: 'Changes a sport: its code, name or parent.' },
  deleteSport: {
    input: DeleteSportInput, run: sportWrites.delete, role: ApiRole.ADMIN, revertible: true,
    description: 'Deletes a sport with no disciplines or organisations left (its names and citations go with it).',
  },
  mergeSports: {
    input: MergeSportsInput, run: mergeSports, role: ApiRole.ADMIN,
    description: 'Merges a duplicate sport into another: its disciplines, organisations, names and citations move to the survivor, and its id and code lead to the survivor from then on.',
  },
});
