import { describe, expect, it } from 'vitest';
import { NameKind } from '../src/db/enums.js';
import * as t from '../src/db/schema.js';
import { fromGlobalId } from '../src/shared/global-id.js';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const create = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { message } } }`;
const update = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } userErrors { message } } }`;
const remove = `mutation ($id: ID!) { deleteOrganization(input: { id: $id }) { userErrors { message } } }`;
const revert = `mutation ($changeId: ID!) { revertChange(input: { changeId: $changeId }) {
  change { id actor operation subjectId before after revertOf { id } }
  userErrors { field message code }
} }`;
const history = `query ($id: ID!) { node(id: $id) { ... on Recorded { history { nodes { id operation revertOf { id } revertedBy { id } } } } } }`;

async function changesOf(id: string) {
  return (await as.anonymous(history, { id })).data.node.history.nodes as any[];
}

describe('revertChange', () => {
  it('reverts an update as a new change, keeping the original, and a revert of the revert redoes it', async () => {
    const { data: ioc } = await as.anonymous(`{ organization(handle: "ioc") { id shortName website } }`);
    const id = ioc.organization.id;
    await as.editor(update, { input: { id, shortName: 'IOC?', website: 'https://example.org/ioc' } });
    // The seed's insert comes first.
    const [seeded, changed] = await changesOf(id);

    const { data, errors } = await as.admin(revert, { changeId: changed.id });
    expect(errors).toBeUndefined();
    expect(data.revertChange.userErrors).toEqual([]);
    expect(data.revertChange.change).toMatchObject({ actor: 'test admin', operation: 'revertChange', subjectId: id, revertOf: { id: changed.id } });
    expect(data.revertChange.change.before).toMatchObject({ shortName: 'IOC?', website: 'https://example.org/ioc' });
    expect(data.revertChange.change.after).toMatchObject({ shortName: ioc.organization.shortName, website: ioc.organization.website });

    const { data: back } = await as.anonymous(`{ organization(handle: "ioc") { id shortName website } }`);
    expect(back).toEqual(ioc);
    const revertId = data.revertChange.change.id;
    expect(await changesOf(id)).toEqual([
      { id: seeded.id, operation: 'db:seed', revertOf: null, revertedBy: null },
      { id: changed.id, operation: 'updateOrganization', revertOf: null, revertedBy: { id: revertId } },
      { id: revertId, operation: 'revertChange', revertOf: { id: changed.id }, revertedBy: null },
    ]);

    const twice = await as.admin(revert, { changeId: changed.id });
    expect(twice.data.revertChange.userErrors).toEqual([{ field: ['input', 'changeId'], code: 'NOT_ALLOWED', message: expect.stringContaining(revertId) }]);

    const redo = await as.admin(revert, { changeId: revertId });
    expect(redo.data.revertChange.userErrors).toEqual([]);
    const { data: redone } = await as.anonymous(`{ organization(handle: "ioc") { shortName website } }`);
    expect(redone.organization).toEqual({ shortName: 'IOC?', website: 'https://example.org/ioc' });
  });

  it('brings a deleted organisation back with the same id', async () => {
    const created = await as.editor(create, { input: { handle: 'revert-me-back', kind: 'OTHER', name: 'Revert Me Back', country: 'KZ' } });
    const id = created.data.createOrganization.organization.id;
    await as.admin(remove, { id });
    expect((await as.anonymous(`query ($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
    // Gone from `node`, the deletion is still in the feed under the organisation's id.
    const { data: feed } = await as.anonymous(`{ changes(last: 10) { nodes { id operation subjectId } } }`);
    const deletion = feed.changes.nodes.find((c: any) => c.subjectId === id && c.operation === 'deleteOrganization');
    expect(deletion).toBeDefined();

    const { data } = await as.admin(revert, { changeId: deletion.id });
    expect(data.revertChange.userErrors).toEqual([]);
    expect(data.revertChange.change).toMatchObject({ before: null, after: { handle: 'revert-me-back' } });
    const { data: back } = await as.anonymous(`query ($id: ID!) { node(id: $id) { id ... on Organization { handle name country { iocCode } } } }`, { id });
    expect(back.node).toEqual({ id, handle: 'revert-me-back', name: 'Revert Me Back', country: { iocCode: 'KAZ' } });
    const found = await as.anonymous(`{ search(query: "Revert Me Back") { nodes { ... on Organization { id } } } }`);
    expect(found.data.search.nodes).toEqual([{ id }]);
  });

  it('undoes a creation, unless something refers to the object now', async () => {
    const created = await as.editor(create, { input: { handle: 'undo-creation', kind: 'OTHER', name: 'Undo Creation' } });
    const id = created.data.createOrganization.organization.id;
    const [creation] = await changesOf(id);
    // A name added outside the API: deleting the organisation would cascade to it unrecorded.
    const name = registry.db.insert(t.names).values({ organizationId: fromGlobalId(id)!.id, value: 'Undo', lang: 'en', kind: NameKind.ALIAS }).returning().get();
    const before = snapshot(registry);
    const refused = await as.admin(revert, { changeId: creation.id });
    expect(refused.data.revertChange.userErrors[0]).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/referred to by Name .*delete or revert those first/) });
    expect(snapshot(registry)).toBe(before);

    registry.db.$client.prepare('DELETE FROM names WHERE id = ?').run(name.id);
    const { data } = await as.admin(revert, { changeId: creation.id });
    expect(data.revertChange.userErrors).toEqual([]);
    expect(data.revertChange.change).toMatchObject({ after: null, before: { handle: 'undo-creation' } });
    expect((await as.anonymous(`{ organization(handle: "undo-creation") { id } }`)).data.organization).toBeNull();
  });

  it('refuses a stale change, naming the later change to revert first, and writes nothing', async () => {
    const created = await as.editor(create, { input: { handle: 'stale-revert', kind: 'OTHER', name: 'Stale 1' } });
    const id = created.data.createOrganization.organization.id;
    await as.editor(update, { input: { id, name: 'Stale 2' } });
    await as.editor(update, { input: { id, name: 'Stale 3' } });
    const [, second, third] = await changesOf(id);
    const before = snapshot(registry);
    const { data } = await as.admin(revert, { changeId: second.id });
    expect(data.revertChange).toEqual({
      change: null,
      userErrors: [{ field: ['input', 'changeId'], code: 'CONFLICT', message: expect.stringContaining(`revert the later change ${third.id} (updateOrganization by test editor`) }],
    });
    expect(snapshot(registry)).toBe(before);
  });

  it('needs an admin key, and a change id', async () => {
    const { data: qatar } = await as.anonymous(`{ organization(handle: "noc-qatar") { id } }`);
    await as.editor(update, { input: { id: qatar.organization.id, website: 'https://example.org/qoc' } });
    const [, changed] = await changesOf(qatar.organization.id);
    const before = snapshot(registry);
    const byEditor = await as.editor(revert, { changeId: changed.id });
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byAnonymous = await as.anonymous(revert, { changeId: changed.id });
    expect(byAnonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const notAChange = await as.admin(revert, { changeId: qatar.organization.id });
    expect(notAChange.data.revertChange.userErrors[0]).toMatchObject({ field: ['input', 'changeId'], code: 'NOT_FOUND' });
    const malformed = await as.admin(revert, { changeId: 'nonsense' });
    expect(malformed.errors?.[0].extensions?.code).toBe('INVALID_ID');
    expect(snapshot(registry)).toBe(before);
  });
});
