/**
 * How an import writes each record kind: through the mutations' own services (their inputs, field
 * rules and domain checks), so an imported row must be what an editor could write. The input is
 * built from the file's row (references already resolved: global ids, country codes as given);
 * `rows` has the same references as row ids, for what a service does not take (a name's owner).
 */
import type { ClassType } from 'type-graphql';
import { and, eq, ne, type Column } from 'drizzle-orm';
import * as t from '../db/schema.js';
import { currentCodes } from '../shared/country-codes.js';
import { ownersIn, propertyOf, type NodeTable } from '../shared/node-registry.js';
import { toGlobalId } from '../shared/global-id.js';
import { fail, type Writer } from '../shared/write.js';
import { updateAffiliation, createAffiliation } from '../modules/affiliation/affiliation.service.js';
import { CreateAffiliationInput, UpdateAffiliationInput } from '../modules/affiliation/affiliation.input.js';
import { addParty } from '../modules/agreement/agreement-party.service.js';
import { AddPartyInput } from '../modules/agreement/agreement-party.input.js';
import { agreementStages, createAgreement, updateAgreement } from '../modules/agreement/agreement.service.js';
import { AgreementPartyInput, CreateAgreementInput, UpdateAgreementInput } from '../modules/agreement/agreement.input.js';
import { attachCitation, updateCitation } from '../modules/citation/citation.service.js';
import { AttachCitationInput, UpdateCitationInput } from '../modules/citation/citation.input.js';
import { countryWrites } from '../modules/country/country.service.js';
import { CreateCountryInput, UpdateCountryInput } from '../modules/country/country.input.js';
import { addOrganizer } from '../modules/event/event-organizer.service.js';
import { AddOrganizerInput } from '../modules/event/event-organizer.input.js';
import { eventWrites } from '../modules/event/event.service.js';
import { CreateEventInput, UpdateEventInput } from '../modules/event/event.input.js';
import { addParticipant, updateParticipant } from '../modules/event/participation.service.js';
import { AddParticipantInput, UpdateParticipantInput } from '../modules/event/participation.input.js';
import { addIdentifier } from '../modules/identifier/identifier.service.js';
import { AddIdentifierInput } from '../modules/identifier/identifier.input.js';
import { addName, updateName } from '../modules/name/name.service.js';
import { AddNameInput, UpdateNameInput } from '../modules/name/name.input.js';
import { organizationWrites } from '../modules/organization/organization.service.js';
import { CreateOrganizationInput, UpdateOrganizationInput } from '../modules/organization/organization.input.js';
import { personWrites } from '../modules/person/person.service.js';
import { CreatePersonInput, UpdatePersonInput } from '../modules/person/person.input.js';
import { createPost, updatePost } from '../modules/post/post.service.js';
import { CreatePostInput, UpdatePostInput } from '../modules/post/post.input.js';
import { sourceWrites } from '../modules/source/source.service.js';
import { CreateSourceInput, UpdateSourceInput } from '../modules/source/source.input.js';
import { sportWrites } from '../modules/sport/sport.service.js';
import { CreateSportInput, UpdateSportInput } from '../modules/sport/sport.input.js';
import { datesOutOfOrder, endNotBeforeStart } from '../modules/mutation/rules.js';
import { validateInput } from '../modules/mutation/validate.js';

export type Fields = Record<string, unknown>;

export interface KindWrites {
  /** `related`: for a new agreement, its parties in the file (an agreement is created with them). */
  create(writer: Writer, input: Fields, rows: Fields, related: Fields[]): { id: number };
  /** `patch` holds the changed fields only. */
  update(writer: Writer, current: { id: number }, patch: Fields, rows: Fields): unknown;
}

/** An input object as type-graphql would build it, so its class's field rules apply. */
const make = <T extends object>(Input: ClassType<T>, fields: Fields): T => Object.assign(new Input(), fields) as T;

interface RecordWrites {
  create(writer: Writer, input: any): { id: number };
  update(writer: Writer, input: any): unknown;
}
/** A type written through `recordWrites` (its create and update inputs). */
const recordWrites = (typeName: string, writes: RecordWrites, Create: ClassType<object>, Update: ClassType<object>): KindWrites => ({
  create: (writer, input) => writes.create(writer, make(Create, input)),
  update: (writer, current, patch) => writes.update(writer, make(Update, { id: toGlobalId(typeName, current.id), ...patch })),
});

/** The global id of the one owner a name or identifier row points at (`ownerId` in their inputs). */
function ownerId(owned: NodeTable, rows: Fields): string | undefined {
  const owner = ownersIn(owned).find(({ column }) => rows[propertyOf(owned, column)] != null);
  return owner && toGlobalId(owner.typeName, rows[propertyOf(owned, owner.column)] as number);
}

/**
 * Writes a country through `write`, but for the codes it shares with another country under
 * another scheme (Brunei's ISO alpha-3 BRN is Bahrain's IOC code): world data has such
 * collisions, the seed keeps them and lookups resolve them (IOC code first), so an import keeps
 * them too, setting those codes after the service has checked the rest. A code another country
 * holds under the same scheme is left in, and refused as an editor's write is.
 */
function withShadowedCodes(writer: Writer, input: Fields, exceptId: number | undefined, write: (codes: Fields) => { id: number }): { id: number } {
  const c = t.countries;
  const shadowed: Fields = {};
  for (const field of currentCodes) {
    const code = input[field];
    if (typeof code !== 'string') continue;
    const holder = (column: Column) => writer.read.select({ id: c.id }).from(c).where(and(eq(column, code), exceptId ? ne(c.id, exceptId) : undefined)).get();
    if (!holder(c[field]) && currentCodes.some((other) => other !== field && holder(c[other]))) shadowed[field] = code;
  }
  const row = write(without(input, Object.keys(shadowed)));
  if (Object.keys(shadowed).length) writer.update(c, row.id, shadowed);
  return row;
}

/** The columns an agreement's lifecycle moves (`transitionAgreement` for editors); a bulk load sets them, its dates in stage order. */
const stageFields = ['status', 'signedDate', 'startDate', 'endDate'] as const;
function setStages(writer: Writer, agreement: t.AgreementRow, stages: Fields): void {
  const given = Object.fromEntries(Object.entries(stages).filter(([key, value]) =>
    (stageFields as readonly string[]).includes(key) && (value ?? null) !== (agreement[key as keyof t.AgreementRow] ?? null)));
  if (!Object.keys(given).length) return;
  const next = { ...agreement, ...given } as t.AgreementRow;
  const problem = datesOutOfOrder(agreementStages(next));
  if (problem) fail(Object.keys(given).find((key) => key !== 'status') ?? 'status', problem);
  writer.update(t.agreements, agreement.id, given);
}
const without = (fields: Fields, keys: readonly string[]) => Object.fromEntries(Object.entries(fields).filter(([key]) => !keys.includes(key)));

export const kindWrites: Record<string, KindWrites> = {
  country: {
    create(writer, input, _rows, formerCodes) {
      if (!formerCodes.length) return withShadowedCodes(writer, input, undefined, (codes) => countryWrites.create(writer, make(CreateCountryInput, codes)));
      // A former state (no current code) comes with its former codes: the country's rule is that it keeps one code at least.
      validateInput(make(CreateCountryInput, input));
      const country = writer.insert(t.countries, { name: input.name as string, officialName: input.officialName as string | null });
      for (const code of formerCodes) addIdentifier(writer, make(AddIdentifierInput, { ownerId: toGlobalId('Country', country.id), ...code }));
      return country;
    },
    update: (writer, current, patch) =>
      withShadowedCodes(writer, patch, current.id, (codes) => countryWrites.update(writer, make(UpdateCountryInput, { id: toGlobalId('Country', current.id), ...codes }))),
  },
  sport: recordWrites('Sport', sportWrites, CreateSportInput, UpdateSportInput),
  source: recordWrites('Source', sourceWrites, CreateSourceInput, UpdateSourceInput),
  organization: recordWrites('Organization', organizationWrites, CreateOrganizationInput, UpdateOrganizationInput),
  person: recordWrites('Person', personWrites, CreatePersonInput, UpdatePersonInput),
  event: recordWrites('Event', eventWrites, CreateEventInput, UpdateEventInput),
  agreement: {
    create(writer, input, _rows, parties) {
      const agreement = createAgreement(writer, make(CreateAgreementInput, {
        ...without(input, stageFields), status: input.status,
        parties: parties.map((party) => make(AgreementPartyInput, { organizationId: party.organizationId, role: party.role })),
      }));
      setStages(writer, agreement, without(input, ['status']));
      return agreement;
    },
    update(writer, current, patch) {
      const fields = without(patch, stageFields);
      const agreement = Object.keys(fields).length
        ? updateAgreement(writer, make(UpdateAgreementInput, { id: toGlobalId('Agreement', current.id), ...fields }))
        : (current as t.AgreementRow);
      setStages(writer, agreement, patch);
    },
  },
  name: {
    create: (writer, input, rows) => addName(writer, make(AddNameInput, { ownerId: ownerId(t.names, rows), ...pick(input, ['value', 'lang', 'kind', 'startDate', 'endDate', 'note']) })),
    update: (writer, current, patch) => updateName(writer, make(UpdateNameInput, { id: toGlobalId('Name', current.id), ...patch })),
  },
  identifier: {
    create: (writer, input, rows) => addIdentifier(writer, make(AddIdentifierInput, { ownerId: ownerId(t.identifiers, rows), ...pick(input, ['scheme', 'value', 'startDate', 'endDate']) })),
    // There is no identifier update for editors (they delete and add): only its dates can differ here, and they keep its rule.
    update(writer, current, patch) {
      const next = { ...(current as t.IdentifierRow), ...patch };
      endNotBeforeStart(next.startDate, next.endDate);
      writer.update(t.identifiers, current.id, patch);
    },
  },
  tie: {
    create: (writer, input) => createAffiliation(writer, make(CreateAffiliationInput, input)),
    update: (writer, current, patch) => updateAffiliation(writer, make(UpdateAffiliationInput, { id: toGlobalId('Affiliation', current.id), ...patch })),
  },
  post: {
    create: (writer, input) => createPost(writer, make(CreatePostInput, input)),
    update: (writer, current, patch) => updatePost(writer, make(UpdatePostInput, { id: toGlobalId('Post', current.id), ...patch })),
  },
  organizer: {
    create: (writer, input) => addOrganizer(writer, make(AddOrganizerInput, input)),
    // Every column of an organiser identifies it: a found one has nothing to update.
    update: () => {},
  },
  participation: {
    create: (writer, input) => addParticipant(writer, make(AddParticipantInput, input)),
    update: (writer, current, patch) => updateParticipant(writer, make(UpdateParticipantInput, { id: toGlobalId('Participation', current.id), ...patch })),
  },
  party: {
    create: (writer, input) => addParty(writer, make(AddPartyInput, input)),
    // Editors change a party's role by removing and adding it; an import sets it (its value checked as every enum column is).
    update: (writer, current, patch) => writer.update(t.agreementParties, current.id, patch),
  },
  citation: {
    create: (writer, input) => attachCitation(writer, make(AttachCitationInput, input)),
    update: (writer, current, patch) => updateCitation(writer, make(UpdateCitationInput, { id: toGlobalId('Citation', current.id), ...patch })),
  },
};

function pick(fields: Fields, keys: string[]): Fields {
  return Object.fromEntries(keys.filter((key) => key in fields).map((key) => [key, fields[key]]));
}


