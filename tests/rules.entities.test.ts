/**
 * Rules that hold for every entity, checked by walking them all rather than by one example each:
 * - a merged-away record (every table with merged_into_id) lives on only as a redirect: it is in
 *   no list and no count, and every way of naming it (node, network, connections) leads to the survivor;
 * - a delete never fails inside or half-writes while other rows point at the record: it answers
 *   CONFLICT naming what points at it (nothing written), or deletes the record with the rows it
 *   owns, leaving no row pointing at nothing.
 */
import { getMetadataStorage as validationMetadata } from 'class-validator';
import { getTableName } from 'drizzle-orm';
import { getNamedType, type GraphQLObjectType } from 'graphql';
import { Field, getMetadataStorage, InputType } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { graphqlSchema } from '../src/graphql-schema.js';
import { isVertexType } from '../src/modules/graph/graph.model.js';
import { rulesOf } from '../src/modules/mutation/input.js';
import { recordWrites } from '../src/modules/mutation/record-writes.js';
import { sports } from '../src/db/schema.js';
import { toGlobalId } from '../src/shared/global-id.js';
import { declarationOf, nodeTables, referringColumns, type NodeTable, type NodeTypeName } from '../src/shared/node-registry.js';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const mergeable = (Object.keys(nodeTables) as NodeTypeName[]).filter((type) => 'mergedIntoId' in nodeTables[type]);

/** How a type is merged and listed in the API, read from the schema: the merge mutation whose payload carries it, the root list of its connection. */
async function apiOf(type: NodeTypeName): Promise<{ merge?: string; list?: string }> {
  const schema = await graphqlSchema();
  const carries = (payload: GraphQLObjectType) => Object.values(payload.getFields()).some((field) => getNamedType(field.type).name === type);
  const merge = Object.values(schema.getMutationType()!.getFields()).find((field) => field.name.startsWith('merge') && carries(getNamedType(field.type) as GraphQLObjectType));
  const list = Object.values(schema.getQueryType()!.getFields()).find((field) => getNamedType(field.type).name === `${type}Connection`);
  return { merge: merge?.name, list: list?.name };
}

describe('a merged-away record', () => {
  it('can be made of every mergeable type: each has a merge mutation and a root list', async () => {
    for (const type of mergeable) expect(await apiOf(type), type).toEqual({ merge: expect.any(String), list: expect.any(String) });
  });

  it.each(mergeable)('%s: is in no list or count, and its id leads to the survivor everywhere', async (type) => {
    const { merge, list } = (await apiOf(type)) as { merge: string; list: string };
    const counts = declarationOf(type).counted?.as;
    // Two records that each take part in the graph, so network(around:) has something to show.
    const [survivor, merged] = registry.db.$client
      .prepare(`SELECT id FROM "${getTableName(nodeTables[type])}" WHERE merged_into_id IS NULL ORDER BY id LIMIT 2`).all() as { id: number }[];
    expect(merged, `${type}: the seed needs two records of it to merge (seeds/data)`).toBeDefined();
    const [survivorId, mergedId] = [toGlobalId(type, survivor!.id), toGlobalId(type, merged!.id)];
    const answer = await as.admin(`mutation ($input: ${merge[0]!.toUpperCase()}${merge.slice(1)}Input!) { ${merge}(input: $input) { userErrors { message } } }`, { input: { survivorId, mergedId } });
    expect(answer.errors ?? answer.data[merge].userErrors).toEqual([]);

    // Graph vertices (organisations, people) are also reached through network(around:).
    const vertex = isVertexType(type);
    const { data } = await as.anonymous(`query ($merged: ID!) {
      list: ${list}(first: 100) { totalCount nodes { id } }
      ${counts ? `counts(of: ${counts}, by: COUNTRY) { count }` : ''}
      node(id: $merged) { id }
      ${vertex ? 'network(around: $merged) { vertices { ... on Organization { id } ... on Person { id } } }' : ''}
    }`, { merged: mergedId });
    expect(data.list.nodes.map((n: { id: string }) => n.id)).not.toContain(mergedId);
    const unmerged = registry.db.$client.prepare(`SELECT count(*) FROM "${getTableName(nodeTables[type])}" WHERE merged_into_id IS NULL`).pluck().get();
    expect(data.list.totalCount).toBe(unmerged);
    if (counts) expect(data.counts.reduce((sum: number, bucket: { count: number }) => sum + bucket.count, 0)).toBe(data.list.totalCount);
    expect(data.node.id).toBe(survivorId);
    if (vertex) expect(data.network.vertices[0].id).toBe(survivorId);
  });
});

/** Every (table, column) whose foreign key points at `target`. */
const referencesTo = (target: NodeTable) => referringColumns(target).flatMap(({ table, columns }) => columns.map((column) => ({ table, column })));

const deletable = async () => {
  const mutations = (await graphqlSchema()).getMutationType()!.getFields();
  return (Object.keys(nodeTables) as NodeTypeName[]).filter((type) => mutations[`delete${type}`]);
};

describe('deleting a record that other rows point at', () => {
  it('is answered for every entity with a delete mutation: CONFLICT with nothing written, or deleted with nothing left pointing at it', async () => {
    const walked: string[] = [];
    for (const type of await deletable()) {
      const table = nodeTables[type];
      const references = referencesTo(table);
      // A row of this type that something points at, found in SQL through the foreign keys.
      const pointedAt = references
        .map(({ table: from, column }) => registry.db.$client.prepare(`SELECT "${column.name}" AS id FROM "${getTableName(from)}" WHERE "${column.name}" IS NOT NULL LIMIT 1`).get() as { id: number } | undefined)
        .find((row) => row !== undefined);
      if (!pointedAt) continue;
      walked.push(type);
      const before = snapshot(registry);
      const answer = await as.admin(`mutation ($input: Delete${type}Input!) { delete${type}(input: $input) { userErrors { code message field } } }`, { input: { id: toGlobalId(type, pointedAt.id) } });
      expect(answer.errors, type).toBeUndefined();
      const userErrors = answer.data[`delete${type}`].userErrors;
      if (userErrors.length > 0) {
        expect(userErrors[0], type).toMatchObject({ code: 'CONFLICT', field: ['input', 'id'] });
        expect(snapshot(registry), type).toBe(before);
      } else {
        for (const { table: from, column } of references) {
          const left = registry.db.$client.prepare(`SELECT count(*) AS n FROM "${getTableName(from)}" WHERE "${column.name}" = ?`).get(pointedAt.id) as { n: number };
          expect(left.n, `${type} deleted, ${getTableName(from)}.${column.name} still points at it`).toBe(0);
        }
      }
    }
    // The seed has rows pointing at each of these; a change of seed that loses them weakens this test.
    expect(walked).toEqual(expect.arrayContaining(['Organization', 'Person', 'Event', 'Agreement', 'Source', 'Country', 'Sport']));
  });

  it('refuses to delete the survivor of a merge, naming the records merged into it, for organisations as for people', async () => {
    for (const [type, table, merge] of [['Organization', 'organizations', 'mergeOrganizations'], ['Person', 'people', 'mergePeople']] as const) {
      const [keep, lose] = registry.db.$client.prepare(`SELECT id FROM ${table} WHERE merged_into_id IS NULL ORDER BY id DESC LIMIT 2`).all() as { id: number }[];
      const merged = await as.admin(`mutation ($input: ${merge[0].toUpperCase()}${merge.slice(1)}Input!) { ${merge}(input: $input) { userErrors { code message } } }`, {
        input: { survivorId: toGlobalId(type, keep!.id), mergedId: toGlobalId(type, lose!.id) },
      });
      expect(merged.errors ?? merged.data[merge].userErrors, type).toEqual([]);
      const answer = await as.admin(`mutation ($input: Delete${type}Input!) { delete${type}(input: $input) { userErrors { code message } } }`, { input: { id: toGlobalId(type, keep!.id) } });
      expect(answer.errors, type).toBeUndefined();
      expect(answer.data[`delete${type}`].userErrors[0], type).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('1 records merged into them') });
    }
  });
});

/** Each update input with the create input whose rules check it. */
function derivedInputs(): [Function, Function][] {
  return getMetadataStorage().inputTypes.flatMap((input) => {
    const create = rulesOf.get(input.target);
    return create ? [[input.target, create] as [Function, Function]] : [];
  });
}
const fieldsOf = (input: Function) => getMetadataStorage().fields.filter((field) => field.target === input).map((field) => field.name);
const validationRules = (input: Function) => validationMetadata().getTargetValidationMetadatas(input, '', true, false);

/** A value each field rule refuses, by class-validator's name for the rule; null for rules this walk cannot break. */
function refusedBy(rule: { name?: string; constraints?: unknown[] }): string | null {
  switch (rule.name) {
    case 'isLength': {
      const [min, max] = rule.constraints as [number, number | undefined];
      return max !== undefined ? 'x'.repeat(max + 1) : min > 0 ? '' : null;
    }
    case 'matches':
      return 'Not Valid!';
    case 'isUrl':
      return 'not a url';
    default:
      return null;
  }
}

describe('an update', () => {
  it('checks every field it is given by the rules of the create input, for every entity with an update mutation', async () => {
    const schema = await graphqlSchema();
    const walked: string[] = [];
    for (const mutation of Object.values(schema.getMutationType()!.getFields())) {
      const inputType = mutation.args.find((arg) => arg.name === 'input')?.type;
      const inputName = inputType ? getNamedType(inputType).name : '';
      const [update, create] = [...derivedInputs()].find(([updateInput]) => updateInput.name === inputName) ?? [];
      if (!update || !create) continue;
      // The one node field of the payload names the type changed; any of its rows will do.
      const payload = (getNamedType(mutation.type) as GraphQLObjectType).getFields();
      const [field, node] = Object.entries(payload).find(([name]) => name !== 'userErrors')!;
      const type = getNamedType(node.type).name as NodeTypeName;
      const row = registry.db.$client.prepare(`SELECT id FROM "${getTableName(nodeTables[type])}" ORDER BY id LIMIT 1`).get() as { id: number };
      expect(row, `${type}: the seed needs a record of it to update (seeds/data)`).toBeDefined();
      const rules = validationRules(create).filter((rule) => Object.hasOwn(update.prototype, rule.propertyName) || fieldsOf(update).includes(rule.propertyName));
      const broken = rules.map((rule) => ({ property: rule.propertyName, value: refusedBy(rule) })).find(({ value }) => value !== null);
      if (!broken) continue;
      walked.push(mutation.name);
      const before = snapshot(registry);
      const answer = await as.admin(`mutation ($input: ${inputName}!) { ${mutation.name}(input: $input) { ${field} { id } userErrors { code field } } }`, {
        input: { id: toGlobalId(type, row.id), [broken.property]: broken.value },
      });
      expect(answer.errors, mutation.name).toBeUndefined();
      expect(answer.data[mutation.name].userErrors, `${mutation.name}(${broken.property}: ${JSON.stringify(broken.value)})`).toContainEqual({ code: 'INVALID', field: ['input', broken.property] });
      expect(snapshot(registry), mutation.name).toBe(before);
    }
    expect(walked).toEqual(expect.arrayContaining(['updateOrganization', 'updatePerson', 'updateEvent', 'updateSource', 'updateName', 'updateCountry', 'updateSport']));
  });
});

describe('the writes of a record type', () => {
  it('refuse, when declared, a create input field that is neither a column nor turned into one (a renamed column is caught at start-up, not dropped)', () => {
    @InputType('StrayFieldTestInput')
    class StrayInput {
      @Field(() => String) code!: string;
      @Field(() => String) nam!: string;
    }
    expect(() => recordWrites(sports, StrayInput, { deleteRemedy: '' })).toThrow('StrayInput: nam is not a column of sports; rename it, or turn it into columns with `columns`');
    expect(() => recordWrites(sports, StrayInput, { columns: { from: ['nam'], to: () => ({}) }, deleteRemedy: '' })).not.toThrow();
  });
});
