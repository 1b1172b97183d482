import { describe, expect, it } from 'vitest';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const postFields = 'id role label startDate endDate person { handle } organization { handle } onBehalfOf { handle }';
const createPost = `mutation ($input: CreatePostInput!) { createPost(input: $input) { post { ${postFields} } userErrors { field message code } } }`;
const updatePost = `mutation ($input: UpdatePostInput!) { updatePost(input: $input) { post { ${postFields} } userErrors { field message code } } }`;
const deletePost = `mutation ($input: DeletePostInput!) { deletePost(input: $input) { post { id } userErrors { field message code } } }`;
const endPost = `mutation ($input: EndPostInput!) { endPost(input: $input) {
  post { ${postFields} } successor { ${postFields} } userErrors { field message code }
} }`;

const idOf = async (kind: 'person' | 'organization', handle: string): Promise<string> =>
  (await as.anonymous(`{ ${kind}(handle: "${handle}") { id } }`)).data[kind].id;
const postOf = async (organization: string, role: string, person: string): Promise<string> => {
  const { data } = await as.anonymous(`{ organization(handle: "${organization}") { posts(filter: { role: ${role} }) { nodes { id person { handle } } } } }`);
  return data.organization.posts.nodes.find((p: any) => p.person.handle === person).id;
};
const newPerson = async (handle: string, name: string): Promise<string> =>
  (await as.editor(`mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`, { input: { handle, name } })).data.createPerson.person.id;

describe('ending a post and starting the successor', () => {
  it('ends Golovkin\'s presidency on 2028-03-01 and starts the successor\'s on the same day, in one write', async () => {
    const successor = await newPerson('aidos-successor', 'Aidos Successor');
    const postId = await postOf('noc-kazakhstan', 'PRESIDENT', 'gennady-golovkin');
    const { data, errors } = await as.editor(endPost, { input: { postId, endDate: '2028-03-01', successor: { personId: successor } } });
    expect(errors).toBeUndefined();
    expect(data.endPost).toEqual({
      post: { id: postId, role: 'PRESIDENT', label: 'President', startDate: '2024-02-26', endDate: '2028-03-01', person: { handle: 'gennady-golovkin' }, organization: { handle: 'noc-kazakhstan' }, onBehalfOf: null },
      successor: { id: expect.any(String), role: 'PRESIDENT', label: 'President', startDate: '2028-03-01', endDate: null, person: { handle: 'aidos-successor' }, organization: { handle: 'noc-kazakhstan' }, onBehalfOf: null },
      userErrors: [],
    });

    const { data: read } = await as.anonymous(`{ organization(handle: "noc-kazakhstan") {
      posts(filter: { role: PRESIDENT }) { nodes { person { handle } startDate endDate } }
      after: leaders(asOf: "2028-06-01") { nodes { role person { handle } } }
      before: leaders(asOf: "2027-06-01") { nodes { role person { handle } } }
    } }`);
    expect(read.organization.posts.nodes).toEqual([
      { person: { handle: 'gennady-golovkin' }, startDate: '2024-02-26', endDate: '2028-03-01' },
      { person: { handle: 'aidos-successor' }, startDate: '2028-03-01', endDate: null },
    ]);
    expect(read.organization.after.nodes.filter((n: any) => n.role === 'PRESIDENT')).toEqual([{ role: 'PRESIDENT', person: { handle: 'aidos-successor' } }]);
    expect(read.organization.before.nodes.filter((n: any) => n.role === 'PRESIDENT')).toEqual([{ role: 'PRESIDENT', person: { handle: 'gennady-golovkin' } }]);

    const changes = registry.db.$client.prepare("SELECT entity_type, before, after FROM changes WHERE operation = 'endPost' ORDER BY id").all() as any[];
    expect(changes.map((c) => [c.entity_type, JSON.parse(c.before)?.endDate ?? null, JSON.parse(c.after)?.endDate ?? null])).toEqual([['Post', null, '2028-03-01'], ['Post', null, null]]);
  });

  it('refuses a second president overlapping the current one, naming the holder and dates, with nothing written', async () => {
    const before = snapshot(registry);
    const rival = await idOf('person', 'alimzhan-akayev');
    const noc = await idOf('organization', 'noc-kazakhstan');
    const { data } = await as.editor(createPost, { input: { personId: rival, organizationId: noc, role: 'PRESIDENT', startDate: '2028-05' } });
    expect(data.createPost).toEqual({
      post: null,
      userErrors: [{
        field: ['input', 'startDate'],
        message: 'Aidos Successor ("aidos-successor") is PRESIDENT of "noc-kazakhstan" from 2028-03-01 with no end date, and a PRESIDENT has one holder at a time: this post (from 2028-05 with no end date) would overlap. End that post first (endPost), or give dates that meet at most on the handover day.',
        code: 'CONFLICT',
      }],
    });
    const earlier = await as.editor(createPost, { input: { personId: rival, organizationId: noc, role: 'PRESIDENT', startDate: '2027', endDate: '2028-02' } });
    expect(earlier.data.createPost.userErrors[0].message).toMatch(/^Gennady Golovkin \("gennady-golovkin"\) is PRESIDENT of "noc-kazakhstan" from 2024-02-26 to 2028-03-01/);
    expect(snapshot(registry)).toBe(before);
  });

  it('refuses a successor who starts before the end, and rolls back the end too', async () => {
    const successor = await newPerson('early-successor', 'Early Successor');
    const postId = await postOf('noc-kazakhstan', 'SECRETARY_GENERAL', 'alimzhan-akayev');
    const before = snapshot(registry);
    const { data } = await as.editor(endPost, { input: { postId, endDate: '2029-06-30', successor: { personId: successor, startDate: '2029-06-01' } } });
    expect(data.endPost.post).toBeNull();
    expect(data.endPost.successor).toBeNull();
    expect(data.endPost.userErrors).toHaveLength(1);
    expect(data.endPost.userErrors[0]).toMatchObject({ field: ['input', 'successor', 'startDate'], code: 'CONFLICT' });
    expect(data.endPost.userErrors[0].message).toMatch(/^Alimzhan Akayev .* is SECRETARY_GENERAL of "noc-kazakhstan" from 2024-09-27 to 2029-06-30/);
    expect(snapshot(registry)).toBe(before);
  });

  it('refuses an end before the start, a post already ended, an unknown successor and a bad label, writing nothing', async () => {
    const before = snapshot(registry);
    const minister = await postOf('kazakhstan-ministry-tourism-sports', 'MINISTER', 'yerbol-myrzabosynov');
    const early = await as.editor(endPost, { input: { postId: minister, endDate: '2024-08' } });
    expect(early.data.endPost.userErrors).toEqual([{ field: ['input', 'endDate'], message: '`endDate` (2024-08) is before the start date (2024-09-02); give a date on or after 2024-09-02.', code: 'INVALID' }]);
    const ended = await postOf('noc-kazakhstan', 'PRESIDENT', 'gennady-golovkin');
    const twice = await as.editor(endPost, { input: { postId: ended, endDate: '2029' } });
    expect(twice.data.endPost.userErrors).toEqual([{ field: ['input', 'postId'], message: 'This post already ended on 2028-03-01; to correct that date use updatePost.', code: 'NOT_ALLOWED' }]);
    const ioc = await idOf('organization', 'ioc');
    const notAPerson = await as.editor(endPost, { input: { postId: minister, endDate: '2030', successor: { personId: ioc } } });
    expect(notAPerson.data.endPost.userErrors).toEqual([{ field: ['input', 'successor', 'personId'], message: `No Person has the id "${ioc}".`, code: 'NOT_FOUND' }]);
    const badLabel = await as.editor(endPost, { input: { postId: minister, endDate: '2030', successor: { personId: await idOf('person', 'nurlan-jakupov'), label: '' } } });
    expect(badLabel.data.endPost.userErrors[0]).toMatchObject({ field: ['input', 'successor', 'label'], code: 'INVALID' });
    expect(snapshot(registry)).toBe(before);
  });
});

describe('single-holder roles with partial and unknown dates', () => {
  it('refuses only certain overlaps: a month that may end on the handover day, or an unknown start, is accepted', async () => {
    const ministry = await idOf('organization', 'kazakhstan-ministry-tourism-sports');
    const person = await newPerson('former-minister', 'Former Minister');
    // Yerbol Myrzabosynov is minister from 2024-09-02: a predecessor who left "2024-09" may have left on the 2nd.
    const september = await as.editor(createPost, { input: { personId: person, organizationId: ministry, role: 'MINISTER', startDate: '2023', endDate: '2024-09' } });
    expect(september.data.createPost.userErrors).toEqual([]);
    // ... but one who left in October certainly overlapped him.
    const october = await as.editor(createPost, { input: { personId: person, organizationId: ministry, role: 'MINISTER', startDate: '2022', endDate: '2024-10' } });
    expect(october.data.createPost.userErrors[0]).toMatchObject({ field: ['input', 'startDate'], code: 'CONFLICT' });
    // Joaan Al Thani's presidency of the Qatar Olympic Committee has no known start: nothing is certain.
    const qoc = await idOf('organization', 'noc-qatar');
    const unknown = await as.editor(createPost, { input: { personId: person, organizationId: qoc, role: 'PRESIDENT', startDate: '2010', endDate: '2012' } });
    expect(unknown.data.createPost.userErrors).toEqual([]);
    // Roles with several holders are never refused.
    const deputy = await as.editor(createPost, { input: { personId: person, organizationId: qoc, role: 'VICE_PRESIDENT', startDate: '2020' } });
    const another = await as.editor(createPost, { input: { personId: await idOf('person', 'gennady-golovkin'), organizationId: qoc, role: 'VICE_PRESIDENT', startDate: '2020' } });
    expect([deputy.data.createPost.userErrors, another.data.createPost.userErrors]).toEqual([[], []]);
  });
});

describe('creating, correcting and deleting posts', () => {
  it('creates a post with the organisation represented, corrects it, and deletes it with its citations', async () => {
    const person = await idOf('person', 'joaan-bin-hamad-al-thani');
    const ioc = await idOf('organization', 'ioc');
    const qoc = await idOf('organization', 'noc-qatar');
    const { data } = await as.editor(createPost, { input: { personId: person, organizationId: ioc, role: 'MEMBER', label: 'IOC Member', startDate: '2020', onBehalfOfId: qoc } });
    expect(data.createPost).toEqual({
      post: { id: expect.any(String), role: 'MEMBER', label: 'IOC Member', startDate: '2020', endDate: null, person: { handle: 'joaan-bin-hamad-al-thani' }, organization: { handle: 'ioc' }, onBehalfOf: { handle: 'noc-qatar' } },
      userErrors: [],
    });
    const id = data.createPost.post.id;
    const fixed = await as.editor(updatePost, { input: { id, startDate: '2020-01-10', onBehalfOfId: null } });
    expect(fixed.data.updatePost.post).toMatchObject({ id, label: 'IOC Member', startDate: '2020-01-10', onBehalfOf: null });

    const rowId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    registry.db.$client.prepare("INSERT INTO citations (source_id, post_id, confidence) VALUES ((SELECT id FROM sources WHERE handle = 'astana-article'), ?, 'low')").run(rowId);
    const removed = await as.editor(deletePost, { input: { id } });
    expect(removed.data.deletePost).toEqual({ post: { id }, userErrors: [] });
    const recorded = registry.db.$client.prepare("SELECT entity_type, after FROM changes WHERE operation = 'deletePost'").all();
    expect(recorded).toEqual([{ entity_type: 'Citation', after: null }, { entity_type: 'Post', after: null }]);
  });

  it('refuses a correction that would make two presidents overlap, and bad references', async () => {
    const before = snapshot(registry);
    const golovkin = await postOf('noc-kazakhstan', 'PRESIDENT', 'gennady-golovkin');
    const stretched = await as.editor(updatePost, { input: { id: golovkin, endDate: '2028-12' } });
    expect(stretched.data.updatePost.userErrors[0]).toMatchObject({ field: ['input', 'startDate'], code: 'CONFLICT' });
    expect(stretched.data.updatePost.userErrors[0].message).toMatch(/^Aidos Successor/);
    const backwards = await as.editor(updatePost, { input: { id: golovkin, startDate: '2029' } });
    expect(backwards.data.updatePost.userErrors[0]).toMatchObject({ field: ['input', 'endDate'], code: 'INVALID' });
    const person = await idOf('person', 'gennady-golovkin');
    const noOrg = await as.editor(createPost, { input: { personId: person, organizationId: person, role: 'OTHER' } });
    expect(noOrg.data.createPost.userErrors).toEqual([{ field: ['input', 'organizationId'], message: `No Organization has the id "${person}".`, code: 'NOT_FOUND' }]);
    expect(snapshot(registry)).toBe(before);
  });

  it('needs a key to end a post', async () => {
    const before = snapshot(registry);
    const postId = await postOf('kazakhstan-ministry-tourism-sports', 'MINISTER', 'yerbol-myrzabosynov');
    const { errors } = await as.anonymous(endPost, { input: { postId, endDate: '2030' } });
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(snapshot(registry)).toBe(before);
  });
});
