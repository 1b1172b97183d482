import { describe, expect, it } from 'vitest';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const transition = `mutation ($input: TransitionAgreementInput!) { transitionAgreement(input: $input) {
  agreement { handle status signedDate startDate endDate } userErrors { field message code }
} }`;
const create = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) {
  agreement { id handle status topics originEvent { handle } parties { nodes { role organization { handle } } } }
  userErrors { field message code }
} }`;
const update = `mutation ($input: UpdateAgreementInput!) { updateAgreement(input: $input) {
  agreement { title topics status originEvent { handle } } userErrors { field message code }
} }`;
const remove = `mutation ($input: DeleteAgreementInput!) { deleteAgreement(input: $input) { agreement { handle } userErrors { field message code } } }`;
const addParty = `mutation ($input: AddPartyInput!) { addParty(input: $input) {
  agreementParty { id role organization { handle } agreement { parties { totalCount } } } userErrors { field message code }
} }`;
const removeParty = `mutation ($input: RemovePartyInput!) { removeParty(input: $input) {
  agreementParty { organization { handle } } userErrors { field message code }
} }`;

async function idOf(kind: 'agreement' | 'organization' | 'event', handle: string): Promise<string> {
  const { data } = await as.anonymous(`{ ${kind}(handle: "${handle}") { id } }`);
  return data[kind].id;
}
const history = (operation: string) =>
  registry.db.$client.prepare('SELECT actor, entity_type, before, after FROM changes WHERE operation = ? ORDER BY id').all(operation) as any[];

describe('the agreement lifecycle', () => {
  it('signs the NOC RK / QOC agreement agreed in principle in Astana, answering as the README shows, and records the step', async () => {
    // The README's "Signing an agreement" example, verbatim.
    const { data, errors } = await as.editor(
      'mutation ($input: TransitionAgreementInput!) { transitionAgreement(input: $input) { agreement { handle status discussedDate signedDate parties { nodes { organization { handle } } } } userErrors { field message code } } }',
      { input: { agreementId: 'QWdyZWVtZW50OjE', to: 'SIGNED', date: '2026-11-20' } },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      transitionAgreement: {
        agreement: {
          handle: 'noc-kazakhstan-qatar-cooperation', status: 'SIGNED', discussedDate: '2025', signedDate: '2026-11-20',
          parties: { nodes: [{ organization: { handle: 'noc-kazakhstan' } }, { organization: { handle: 'noc-qatar' } }] },
        },
        userErrors: [],
      },
    });
    const { data: again } = await as.anonymous(`{ agreement(handle: "noc-kazakhstan-qatar-cooperation") { status signedDate } }`);
    expect(again.agreement).toEqual({ status: 'SIGNED', signedDate: '2026-11-20' });
    const [change] = history('transitionAgreement');
    expect(change).toMatchObject({ actor: 'test editor', entity_type: 'Agreement' });
    expect(JSON.parse(change.before)).toMatchObject({ status: 'agreed_in_principle', signedDate: null });
    expect(JSON.parse(change.after)).toMatchObject({ status: 'signed', signedDate: '2026-11-20' });
  });

  it('refuses a skip (DISCUSSED -> IN_FORCE) and a step back, listing the allowed next stages, and writes nothing', async () => {
    const before = snapshot(registry);
    const discussed = await idOf('agreement', 'world-aquatics-kazakhstan-swimming');
    const skip = await as.editor(transition, { input: { agreementId: discussed, to: 'IN_FORCE', date: '2026-12' } });
    expect(skip.data.transitionAgreement).toEqual({
      agreement: null,
      userErrors: [{
        field: ['input', 'to'],
        message: '"world-aquatics-kazakhstan-swimming" is DISCUSSED; it can move only to AGREED_IN_PRINCIPLE, not to IN_FORCE. Stages cannot be skipped or undone.',
        code: 'NOT_ALLOWED',
      }],
    });
    const signed = await idOf('agreement', 'noc-kazakhstan-qatar-cooperation');
    const back = await as.editor(transition, { input: { agreementId: signed, to: 'AGREED_IN_PRINCIPLE' } });
    expect(back.data.transitionAgreement.userErrors[0]).toMatchObject({ field: ['input', 'to'], code: 'NOT_ALLOWED' });
    expect(back.data.transitionAgreement.userErrors[0].message).toContain('it can move only to IN_FORCE or TERMINATED');
    const same = await as.editor(transition, { input: { agreementId: signed, to: 'SIGNED', date: '2026-11-21' } });
    expect(same.data.transitionAgreement.userErrors[0].code).toBe('NOT_ALLOWED');
    expect(snapshot(registry)).toBe(before);
  });

  it('walks a new agreement through every stage, setting the date of each, and stops at the end', async () => {
    const parties = [{ organizationId: await idOf('organization', 'noc-kazakhstan') }, { organizationId: await idOf('organization', 'oca') }];
    const created = await as.editor(create, { input: { handle: 'lifecycle-test', title: 'Lifecycle test', kind: 'MEMORANDUM_OF_UNDERSTANDING', parties } });
    const agreementId = created.data.createAgreement.agreement.id;
    const step = async (to: string, date?: string) => (await as.editor(transition, { input: { agreementId, to, date } })).data.transitionAgreement;

    expect((await step('AGREED_IN_PRINCIPLE', '2026-01')).userErrors).toEqual([{
      field: ['input', 'date'], message: 'AGREED_IN_PRINCIPLE has no date of its own; leave `date` out.', code: 'INVALID',
    }]);
    expect((await step('AGREED_IN_PRINCIPLE')).agreement).toMatchObject({ status: 'AGREED_IN_PRINCIPLE', signedDate: null });
    expect((await step('SIGNED', '2026-02')).agreement).toMatchObject({ status: 'SIGNED', signedDate: '2026-02' });
    expect((await step('IN_FORCE', '2026-03-01')).agreement).toMatchObject({ status: 'IN_FORCE', signedDate: '2026-02', startDate: '2026-03-01' });
    const early = await step('EXPIRED', '2026-02');
    expect(early.userErrors[0]).toMatchObject({ field: ['input', 'date'], code: 'INVALID' });
    expect(early.userErrors[0].message).toContain('Give a date on or after 2026-03-01.');
    expect((await step('EXPIRED', '2030')).agreement).toEqual({ handle: 'lifecycle-test', status: 'EXPIRED', signedDate: '2026-02', startDate: '2026-03-01', endDate: '2030' });
    const after = await step('TERMINATED', '2031');
    expect(after.userErrors[0]).toMatchObject({ code: 'NOT_ALLOWED', message: expect.stringContaining('it has ended and can move no further') });
  });

  it('terminates a signed agreement that never came into force', async () => {
    const parties = [{ organizationId: await idOf('organization', 'anoc') }, { organizationId: await idOf('organization', 'oca') }];
    const created = await as.editor(create, { input: { handle: 'terminated-test', title: 'Terminated', kind: 'OTHER', status: 'SIGNED', parties } });
    const agreementId = created.data.createAgreement.agreement.id;
    const { data } = await as.editor(transition, { input: { agreementId, to: 'TERMINATED', date: '2027' } });
    expect(data.transitionAgreement.agreement).toMatchObject({ status: 'TERMINATED', endDate: '2027' });
  });

  it('has no way to set the status by editing', async () => {
    const id = await idOf('agreement', 'world-aquatics-kazakhstan-swimming');
    const { errors } = await as.editor(update, { input: { id, status: 'IN_FORCE' } });
    expect(errors?.[0].message).toContain('"status" is not defined by type "UpdateAgreementInput"');
  });
});

describe("an agreement's dates never go backwards", () => {
  const stages = 'the stages happen in this order: DISCUSSED -> SIGNED -> IN_FORCE -> EXPIRED';
  const refused = (field: string, message: string) => ({ agreement: null, userErrors: [{ field: ['input', field], message, code: 'INVALID' }] });
  async function agreement(handle: string, discussedDate: string) {
    const parties = [{ organizationId: await idOf('organization', 'noc-qatar') }, { organizationId: await idOf('organization', 'oca') }];
    const { data } = await as.editor(create, { input: { handle, title: handle, kind: 'OTHER', status: 'AGREED_IN_PRINCIPLE', discussedDate, parties } });
    const agreementId = data.createAgreement.agreement.id;
    return async (to: string, date: string) => (await as.editor(transition, { input: { agreementId, to, date } })).data.transitionAgreement;
  }

  it('refuses a transition dated before an earlier stage, naming both stages and dates, and writes nothing', async () => {
    const step = await agreement('dates-backwards', '2025-05');
    const before = snapshot(registry);
    expect(await step('SIGNED', '2025-04-30'))
      .toEqual(refused('date', `The SIGNED date (2025-04-30) is before the DISCUSSED date (2025-05), and ${stages}. Give a date on or after 2025-05.`));
    expect(snapshot(registry)).toBe(before);
    expect((await step('SIGNED', '2025-06-10')).agreement).toMatchObject({ status: 'SIGNED', signedDate: '2025-06-10' });
    // Before both earlier dates: the message gives the nearest, which is the bound to respect.
    expect((await step('IN_FORCE', '2024')).userErrors[0].message)
      .toBe(`The IN_FORCE date (2024) is before the SIGNED date (2025-06-10), and ${stages}. Give a date on or after 2025-06-10.`);
    expect((await step('IN_FORCE', '2025-07')).agreement).toMatchObject({ status: 'IN_FORCE', startDate: '2025-07' });
    expect((await step('EXPIRED', '2025-06-30')).userErrors[0].message)
      .toBe(`The EXPIRED date (2025-06-30) is before the IN_FORCE date (2025-07), and ${stages}. Give a date on or after 2025-07.`);
  });

  it('compares partial dates by the periods they name, refusing only a date certainly earlier', async () => {
    const step = await agreement('dates-partial', '2025-05-20');
    // 2025 may be any day of 2025, so it may be after 20 May: accepted.
    expect((await step('SIGNED', '2025')).agreement).toMatchObject({ status: 'SIGNED', signedDate: '2025' });
    // The start, in May 2025, may be on or after the signing (some day of 2025).
    expect((await step('IN_FORCE', '2025-05')).agreement).toMatchObject({ status: 'IN_FORCE', startDate: '2025-05' });
    expect((await step('EXPIRED', '2024-12-31')).userErrors[0]).toMatchObject({
      code: 'INVALID', message: expect.stringContaining('The EXPIRED date (2024-12-31) is before the IN_FORCE date (2025-05)'),
    });
  });

  it('refuses a termination dated before the signing of an agreement that never came into force', async () => {
    const step = await agreement('dates-terminated', '2026-06');
    await step('SIGNED', '2026-07-01');
    expect(await step('TERMINATED', '2026-06-30')).toEqual(refused('date',
      'The TERMINATED date (2026-06-30) is before the SIGNED date (2026-07-01), and the stages happen in this order: DISCUSSED -> SIGNED -> IN_FORCE -> TERMINATED. Give a date on or after 2026-07-01.'));
    expect((await step('TERMINATED', '2026-07-01')).agreement).toMatchObject({ status: 'TERMINATED', signedDate: '2026-07-01', endDate: '2026-07-01' });
  });

  it('refuses an edited discussion date after a later stage, and takes one that fits', async () => {
    const step = await agreement('dates-edited', '2024');
    await step('SIGNED', '2024-10');
    const id = await idOf('agreement', 'dates-edited');
    const before = snapshot(registry);
    const late = await as.editor(update, { input: { id, discussedDate: '2024-11-02' } });
    expect(late.data.updateAgreement)
      .toEqual(refused('discussedDate', `The DISCUSSED date (2024-11-02) is after the SIGNED date (2024-10), and ${stages}. Give a date on or before 2024-10.`));
    expect(snapshot(registry)).toBe(before);
    expect((await as.editor(update, { input: { id, discussedDate: '2024-10-31' } })).data.updateAgreement.userErrors).toEqual([]);
  });

  it('sets the later dates only through transitions: a new agreement takes only its discussion date', async () => {
    const parties = [{ organizationId: await idOf('organization', 'noc-qatar') }, { organizationId: await idOf('organization', 'oca') }];
    const { errors } = await as.editor(create, { input: { handle: 'dates-created', title: 'x', kind: 'OTHER', discussedDate: '2025', signedDate: '2024', parties } });
    expect(errors?.[0].message).toContain('"signedDate" is not defined by type "CreateAgreementInput"');
  });
});

describe('creating and changing agreements', () => {
  it('creates an agreement with its parties (DISCUSSED unless told) and records each row', async () => {
    const input = {
      handle: 'oca-anoc-forum', title: 'OCA and ANOC on the Continental Athletes\' Forum', kind: 'COOPERATION_AGREEMENT', topics: ['athletes'],
      originEventId: await idOf('event', 'astana-meeting-2025'),
      parties: [{ organizationId: await idOf('organization', 'oca'), role: 'SIGNATORY' }, { organizationId: await idOf('organization', 'anoc') }],
    };
    const { data } = await as.editor(create, { input });
    expect(data.createAgreement.userErrors).toEqual([]);
    expect(data.createAgreement.agreement).toMatchObject({
      handle: 'oca-anoc-forum', status: 'DISCUSSED', topics: ['athletes'], originEvent: { handle: 'astana-meeting-2025' },
      parties: { nodes: expect.arrayContaining([{ role: 'SIGNATORY', organization: { handle: 'oca' } }, { role: 'PARTY', organization: { handle: 'anoc' } }]) },
    });
    expect(history('createAgreement').filter((c) => c.after?.includes('"handle":"oca-anoc-forum"') || c.entity_type === 'AgreementParty').map((c) => c.entity_type))
      .toEqual(expect.arrayContaining(['Agreement', 'AgreementParty', 'AgreementParty']));
  });

  it('needs at least two different parties, each of them known, and writes nothing otherwise', async () => {
    const before = snapshot(registry);
    const noc = await idOf('organization', 'noc-kazakhstan');
    const base = { handle: 'lonely', title: 'Lonely', kind: 'OTHER' };
    const one = await as.editor(create, { input: { ...base, parties: [{ organizationId: noc }] } });
    expect(one.data.createAgreement).toEqual({
      agreement: null,
      userErrors: [{
        field: ['input', 'parties'],
        message: 'An agreement needs at least two different parties; only one organisation was given. Give two or more different organisations.',
        code: 'INVALID',
      }],
    });
    const twice = await as.editor(create, { input: { ...base, parties: [{ organizationId: noc }, { organizationId: noc }] } });
    expect(twice.data.createAgreement.userErrors[0]).toMatchObject({ field: ['input', 'parties'], code: 'INVALID' });
    const repeated = await as.editor(create, { input: { ...base, parties: [{ organizationId: noc }, { organizationId: await idOf('organization', 'oca') }, { organizationId: noc }] } });
    expect(repeated.data.createAgreement.userErrors[0]).toMatchObject({ field: ['input', 'parties', '2', 'organizationId'], code: 'INVALID' });
    const person = await as.anonymous(`{ person(handle: "gennady-golovkin") { id } }`);
    const wrongType = await as.editor(create, { input: { ...base, parties: [{ organizationId: noc }, { organizationId: person.data.person.id }] } });
    expect(wrongType.data.createAgreement.userErrors[0]).toMatchObject({ field: ['input', 'parties', '1', 'organizationId'], code: 'NOT_FOUND' });
    const taken = await as.editor(create, { input: { ...base, handle: 'noc-kazakhstan-qatar-cooperation', parties: [] } });
    expect(taken.data.createAgreement.userErrors[0]).toMatchObject({ field: ['input', 'handle'], code: 'CONFLICT' });
    expect(snapshot(registry)).toBe(before);
  });

  it('updates the fields given and replaces the topics; null clears the origin event', async () => {
    const id = await idOf('agreement', 'world-aquatics-kazakhstan-swimming');
    const { data } = await as.editor(update, { input: { id, title: 'World Aquatics and Qazaq Aquatics', topics: ['coaching'], originEventId: null } });
    expect(data.updateAgreement).toEqual({
      agreement: { title: 'World Aquatics and Qazaq Aquatics', topics: ['coaching'], status: 'DISCUSSED', originEvent: null },
      userErrors: [],
    });
    const cleared = await as.editor(update, { input: { id, title: null } });
    expect(cleared.data.updateAgreement.userErrors[0]).toMatchObject({ field: ['input', 'title'], code: 'INVALID' });
  });
});

describe('parties', () => {
  it('adds a party once, and removes parties down to two but no further', async () => {
    const agreementId = await idOf('agreement', 'world-aquatics-kazakhstan-swimming');
    const organizationId = await idOf('organization', 'noc-kazakhstan');
    const added = await as.editor(addParty, { input: { agreementId, organizationId, role: 'BENEFICIARY' } });
    expect(added.data.addParty).toMatchObject({
      agreementParty: { role: 'BENEFICIARY', organization: { handle: 'noc-kazakhstan' }, agreement: { parties: { totalCount: 3 } } },
      userErrors: [],
    });
    const again = await as.editor(addParty, { input: { agreementId, organizationId } });
    expect(again.data.addParty.userErrors[0]).toMatchObject({ field: ['input', 'organizationId'], code: 'CONFLICT' });

    const removed = await as.editor(removeParty, { input: { id: added.data.addParty.agreementParty.id } });
    expect(removed.data.removeParty).toEqual({ agreementParty: { organization: { handle: 'noc-kazakhstan' } }, userErrors: [] });
    const { data } = await as.anonymous(`{ agreement(handle: "world-aquatics-kazakhstan-swimming") { parties { nodes { id } } } }`);
    expect(data.agreement.parties.nodes).toHaveLength(2);
    const before = snapshot(registry);
    const refused = await as.editor(removeParty, { input: { id: data.agreement.parties.nodes[0].id } });
    expect(refused.data.removeParty).toEqual({
      agreementParty: null,
      userErrors: [{
        field: ['input', 'id'],
        message: 'An agreement needs at least two parties and this one has 2; add another party first, or delete the agreement.',
        code: 'CONFLICT',
      }],
    });
    expect(snapshot(registry)).toBe(before);
  });

  it('removes a party together with its citations, each recorded', async () => {
    const { data } = await as.anonymous(`{ agreement(handle: "olympic-solidarity-kazakhstan-cooperation") {
      parties { nodes { id organization { handle } citations { totalCount } } } } }`);
    const party = data.agreement.parties.nodes.find((p: any) => p.organization.handle === 'olympic-solidarity');
    expect(party.citations.totalCount).toBe(1);
    const removed = await as.editor(removeParty, { input: { id: party.id } });
    expect(removed.data.removeParty.userErrors).toEqual([]);
    expect(history('removeParty').slice(-2).map((c) => [c.entity_type, c.after])).toEqual([['Citation', null], ['AgreementParty', null]]);
  });
});

describe('deleting agreements', () => {
  it('is for admins only, and takes the parties and citations with it, each recorded', async () => {
    const id = await idOf('agreement', 'olympic-solidarity-kazakhstan-cooperation');
    const before = snapshot(registry);
    const byEditor = await as.editor(remove, { input: { id } });
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(snapshot(registry)).toBe(before);
    const { data } = await as.admin(remove, { input: { id } });
    expect(data.deleteAgreement).toEqual({ agreement: { handle: 'olympic-solidarity-kazakhstan-cooperation' }, userErrors: [] });
    expect((await as.anonymous(`{ agreement(handle: "olympic-solidarity-kazakhstan-cooperation") { id } }`)).data.agreement).toBeNull();
    const recorded = history('deleteAgreement');
    const count = (type: string) => recorded.filter((c) => c.entity_type === type && c.after === null).length;
    // Two parties remain after the test above (one removed); the agreement had 3 citations of its own, each party 1.
    expect([count('Agreement'), count('AgreementParty'), count('Citation')]).toEqual([1, 2, 5]);
    expect(registry.db.$client.prepare('SELECT count(*) AS n FROM agreement_parties WHERE agreement_id = ?').get(JSON.parse(recorded.at(-1).before).id)).toEqual({ n: 0 });
  });
});
