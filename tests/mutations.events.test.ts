import { describe, expect, it } from 'vitest';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const errors = 'userErrors { field message code }';
const create = `mutation ($input: CreateEventInput!) { createEvent(input: $input) {
  event { id handle name kind status startDate endDate city country { iocCode } parent { handle } } ${errors}
} }`;
const update = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { handle status city endDate parent { handle } } ${errors} } }`;
const remove = `mutation ($input: DeleteEventInput!) { deleteEvent(input: $input) { event { handle } ${errors} } }`;
const addOrganizer = `mutation ($input: AddOrganizerInput!) { addOrganizer(input: $input) {
  eventOrganizer { id role organization { handle } event { handle } } ${errors}
} }`;
const removeOrganizer = `mutation ($input: RemoveOrganizerInput!) { removeOrganizer(input: $input) { eventOrganizer { role } ${errors} } }`;
const addParticipant = `mutation ($input: AddParticipantInput!) { addParticipant(input: $input) {
  participation { id capacity person { handle } organization { handle } } ${errors}
} }`;
const updateParticipant = `mutation ($input: UpdateParticipantInput!) { updateParticipant(input: $input) {
  participation { capacity person { handle } organization { handle } } ${errors}
} }`;
const removeParticipant = `mutation ($input: RemoveParticipantInput!) { removeParticipant(input: $input) { participation { capacity } ${errors} } }`;

async function idOf(kind: 'event' | 'organization' | 'person', handle: string): Promise<string> {
  const { data } = await as.anonymous(`{ ${kind}(handle: "${handle}") { id } }`);
  return data[kind].id;
}
const history = (operation: string) =>
  registry.db.$client.prepare('SELECT actor, entity_type, before, after FROM changes WHERE operation = ? ORDER BY id').all(operation) as any[];

describe('events', () => {
  it('creates an event inside a larger one that reads back and is recorded', async () => {
    const input = {
      handle: 'almaty-stop-2025', name: 'ANOC tour stop in Almaty', kind: 'MEETING', status: 'PLANNED', startDate: '2025-05', endDate: '2025-05',
      city: 'Almaty', country: 'KZ', parentId: await idOf('event', 'anoc-central-asia-tour-2025'),
    };
    const { data } = await as.editor(create, { input });
    expect(data.createEvent).toMatchObject({
      event: { handle: 'almaty-stop-2025', name: 'ANOC tour stop in Almaty', kind: 'MEETING', status: 'PLANNED', city: 'Almaty', country: { iocCode: 'KAZ' }, parent: { handle: 'anoc-central-asia-tour-2025' } },
      userErrors: [],
    });
    const { data: tour } = await as.anonymous(`{ event(handle: "anoc-central-asia-tour-2025") { subEvents { nodes { handle } } } }`);
    expect(tour.event.subEvents.nodes.map((e: any) => e.handle)).toContain('almaty-stop-2025');
    const { data: found } = await as.anonymous(`{ search(query: "tour stop Almaty") { nodes { ... on Event { handle } } } }`);
    expect(found.search.nodes).toContainEqual({ handle: 'almaty-stop-2025' });
    expect(history('createEvent')).toEqual([expect.objectContaining({ actor: 'test editor', entity_type: 'Event', before: null })]);
  });

  it('refuses bad fields, an end before the start, and unknown references, writing nothing', async () => {
    const before = snapshot(registry);
    const bad = await as.editor(create, { input: { handle: 'Bad Handle', name: '', kind: 'FORUM', status: 'HELD' } });
    expect(bad.data.createEvent.userErrors.map((e: any) => e.field.join('.')).sort()).toEqual(['input.handle', 'input.name']);
    // A country code no country has, malformed or not, is refused as it is in a filter (tests/countries.world.test.ts).
    const nowhere = await as.editor(create, { input: { handle: 'nowhere', name: 'N', kind: 'FORUM', status: 'HELD', country: 'K' } });
    expect(nowhere.errors?.[0]).toMatchObject({ message: expect.stringContaining('Unknown country code "K"'), extensions: { code: 'BAD_USER_INPUT' } });
    const backwards = await as.editor(create, { input: { handle: 'backwards', name: 'B', kind: 'FORUM', status: 'HELD', startDate: '2025-04', endDate: '2025-03-31' } });
    expect(backwards.data.createEvent.userErrors).toEqual([{
      field: ['input', 'endDate'], message: '`endDate` (2025-03-31) is before the start date (2025-04); give a date on or after 2025-04.', code: 'INVALID',
    }]);
    const taken = await as.editor(create, { input: { handle: 'astana-meeting-2025', name: 'T', kind: 'FORUM', status: 'HELD' } });
    expect(taken.data.createEvent.userErrors[0]).toMatchObject({ field: ['input', 'handle'], code: 'CONFLICT' });
    const noParent = await as.editor(create, { input: { handle: 'orphan', name: 'O', kind: 'FORUM', status: 'HELD', parentId: await idOf('organization', 'ioc') } });
    expect(noParent.data.createEvent.userErrors[0]).toMatchObject({ field: ['input', 'parentId'], code: 'NOT_FOUND' });
    const malformed = await as.editor(create, { input: { handle: 'orphan', name: 'O', kind: 'FORUM', status: 'HELD', parentId: 'nonsense' } });
    expect(malformed.errors?.[0].extensions?.code).toBe('INVALID_ID');
    expect(snapshot(registry)).toBe(before);
  });

  it('updates the fields given, null clearing one, and keeps the end after the start', async () => {
    const id = await idOf('event', 'almaty-stop-2025');
    const { data } = await as.editor(update, { input: { id, status: 'CANCELLED', city: null } });
    expect(data.updateEvent).toEqual({ event: { handle: 'almaty-stop-2025', status: 'CANCELLED', city: null, endDate: '2025-05', parent: { handle: 'anoc-central-asia-tour-2025' } }, userErrors: [] });
    const backwards = await as.editor(update, { input: { id, endDate: '2024' } });
    expect(backwards.data.updateEvent.userErrors[0]).toMatchObject({ field: ['input', 'endDate'], code: 'INVALID' });
    const cleared = await as.editor(update, { input: { id, name: null } });
    expect(cleared.data.updateEvent.userErrors[0]).toMatchObject({ field: ['input', 'name'], code: 'INVALID' });
  });

  it('refuses a parent that is the event itself or one of its sub-events', async () => {
    const before = snapshot(registry);
    const tour = await idOf('event', 'anoc-central-asia-tour-2025');
    const itself = await as.editor(update, { input: { id: tour, parentId: tour } });
    expect(itself.data.updateEvent.userErrors).toEqual([{
      field: ['input', 'parentId'],
      message: 'The parent cannot be "anoc-central-asia-tour-2025" itself: the hierarchy would form a cycle. Choose a parent that is not below "anoc-central-asia-tour-2025".',
      code: 'CONFLICT',
    }]);
    const below = await as.editor(update, { input: { id: tour, parentId: await idOf('event', 'astana-meeting-2025') } });
    expect(below.data.updateEvent.userErrors[0].message).toBe(
      'The parent cannot be "astana-meeting-2025", which is below it ("astana-meeting-2025" < "anoc-central-asia-tour-2025"): the hierarchy would form a cycle. Choose a parent that is not below "anoc-central-asia-tour-2025".',
    );
    expect(snapshot(registry)).toBe(before);
  });
});

describe('organisers and participants', () => {
  it('adds an organiser once per role, and removes it', async () => {
    const eventId = await idOf('event', 'almaty-stop-2025');
    const organizationId = await idOf('organization', 'noc-kazakhstan');
    const { data } = await as.editor(addOrganizer, { input: { eventId, organizationId, role: 'HOST' } });
    expect(data.addOrganizer).toMatchObject({ eventOrganizer: { role: 'HOST', organization: { handle: 'noc-kazakhstan' }, event: { handle: 'almaty-stop-2025' } }, userErrors: [] });
    const twice = await as.editor(addOrganizer, { input: { eventId, organizationId, role: 'HOST' } });
    expect(twice.data.addOrganizer.userErrors).toEqual([{
      field: ['input', 'role'], message: '"noc-kazakhstan" already has this role at "almaty-stop-2025"; choose another role.', code: 'CONFLICT',
    }]);
    const removed = await as.editor(removeOrganizer, { input: { id: data.addOrganizer.eventOrganizer.id } });
    expect(removed.data.removeOrganizer).toEqual({ eventOrganizer: { role: 'HOST' }, userErrors: [] });
    const { data: event } = await as.anonymous(`{ event(handle: "almaty-stop-2025") { organizers { totalCount } } }`);
    expect(event.event.organizers.totalCount).toBe(0);
  });

  it('records a person, an organisation, or both as attending, but not nobody', async () => {
    const eventId = await idOf('event', 'almaty-stop-2025');
    const personId = await idOf('person', 'gennady-golovkin');
    const organizationId = await idOf('organization', 'noc-kazakhstan');
    const person = await as.editor(addParticipant, { input: { eventId, personId, capacity: 'Guest' } });
    expect(person.data.addParticipant).toMatchObject({ participation: { capacity: 'Guest', person: { handle: 'gennady-golovkin' }, organization: null }, userErrors: [] });
    const both = await as.editor(addParticipant, { input: { eventId, personId, organizationId, capacity: 'President of the NOC RK' } });
    expect(both.data.addParticipant.participation).toMatchObject({ person: { handle: 'gennady-golovkin' }, organization: { handle: 'noc-kazakhstan' } });

    const before = snapshot(registry);
    const nobody = await as.editor(addParticipant, { input: { eventId, capacity: 'Ghost' } });
    const message = 'An attendance needs a person, an organisation, or both: give `personId` or `organizationId`.';
    expect(nobody.data.addParticipant).toEqual({
      participation: null,
      userErrors: [{ field: ['input', 'personId'], message, code: 'INVALID' }, { field: ['input', 'organizationId'], message, code: 'INVALID' }],
    });
    const again = await as.editor(addParticipant, { input: { eventId, personId } });
    expect(again.data.addParticipant.userErrors[0]).toMatchObject({ field: ['input', 'personId'], code: 'CONFLICT' });
    const cleared = await as.editor(updateParticipant, { input: { id: person.data.addParticipant.participation.id, personId: null } });
    expect(cleared.data.updateParticipant.userErrors.map((e: any) => e.field[1])).toEqual(['personId', 'organizationId']);
    expect(snapshot(registry)).toBe(before);

    const changed = await as.editor(updateParticipant, { input: { id: person.data.addParticipant.participation.id, personId: null, organizationId: await idOf('organization', 'oca') } });
    expect(changed.data.updateParticipant).toEqual({ participation: { capacity: 'Guest', person: null, organization: { handle: 'oca' } }, userErrors: [] });
    const removed = await as.editor(removeParticipant, { input: { id: person.data.addParticipant.participation.id } });
    expect(removed.data.removeParticipant).toEqual({ participation: { capacity: 'Guest' }, userErrors: [] });
    const { data } = await as.anonymous(`{ event(handle: "almaty-stop-2025") { participants { nodes { capacity } } } }`);
    expect(data.event.participants.nodes).toEqual([{ capacity: 'President of the NOC RK' }]);
  });
});

describe('deleting events', () => {
  it('refuses an event where agreements arose or that has sub-events', async () => {
    const before = snapshot(registry);
    const meeting = await as.admin(remove, { input: { id: await idOf('event', 'astana-meeting-2025') } });
    expect(meeting.data.deleteEvent.userErrors).toEqual([{
      field: ['input', 'id'],
      message: '"astana-meeting-2025" still has 3 agreements that arose at it; delete them or point them at another event first.',
      code: 'CONFLICT',
    }]);
    const tour = await as.admin(remove, { input: { id: await idOf('event', 'anoc-central-asia-tour-2025') } });
    expect(tour.data.deleteEvent.userErrors[0]).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('2 sub-events') });
    expect(snapshot(registry)).toBe(before);
  });

  it('is for admins only, and takes organisers, participants, names and citations with it, each recorded', async () => {
    const eventId = await idOf('event', 'almaty-stop-2025');
    const organizer = await as.editor(addOrganizer, { input: { eventId, organizationId: await idOf('organization', 'anoc'), role: 'ORGANIZER' } });
    const { data: source } = await as.anonymous(`{ source(handle: "sportsgraph-domain-brief") { id } }`);
    const cite = `mutation ($input: AttachCitationInput!) { attachCitation(input: $input) { ${errors} } }`;
    for (const factId of [eventId, organizer.data.addOrganizer.eventOrganizer.id]) {
      expect((await as.editor(cite, { input: { factId, sourceId: source.source.id, confidence: 'LOW', quote: "ANOC's Central Asia tour" } })).data.attachCitation.userErrors).toEqual([]);
    }
    // A name in another language, written directly: the name mutations belong to another module.
    const rowId = Number(Buffer.from(eventId, 'base64url').toString().split(':')[1]);
    registry.db.$client.prepare("INSERT INTO names (event_id, value, lang, kind) VALUES (?, 'Алматы', 'kk', 'official')").run(rowId);

    const before = snapshot(registry);
    const byEditor = await as.editor(remove, { input: { id: eventId } });
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(snapshot(registry)).toBe(before);

    const { data } = await as.admin(remove, { input: { id: eventId } });
    expect(data.deleteEvent).toEqual({ event: { handle: 'almaty-stop-2025' }, userErrors: [] });
    expect((await as.anonymous(`{ event(handle: "almaty-stop-2025") { id } }`)).data.event).toBeNull();
    const removed = history('deleteEvent').filter((c) => c.after === null).map((c) => c.entity_type).sort();
    expect(removed).toEqual(['Citation', 'Citation', 'Event', 'EventOrganizer', 'Name', 'Participation']);
    for (const table of ['event_organizers', 'participations', 'names']) {
      expect(registry.db.$client.prepare(`SELECT count(*) AS n FROM ${table} WHERE event_id = ?`).get(rowId)).toEqual({ n: 0 });
    }
  });
});
