import { ApolloGateway, LocalCompose, LocalGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../src/app.js';
import { createKey } from '../src/auth/keys.js';
import { createContext, type Context } from '../src/context.js';
import { ApiRole, OrganizationKind } from '../src/db/enums.js';
import * as t from '../src/db/schema.js';
import { printedSubgraphSchema, subgraphSchema } from '../src/graphql-schema.js';
import { parseSubgraph, startGateway } from '../src/gateway.js';
import { createLogger } from '../src/logger.js';
import { athletesSchema, athletesTypeDefs, startAthletesSubgraph } from '../examples/athletes-subgraph.js';
import { seededRegistry, type Registry } from './support/registry.js';

let registry: Registry;
beforeAll(async () => {
  registry = await seededRegistry();
});
afterAll(() => registry.close());

const entities = `query ($r: [_Any!]!) { _entities(representations: $r) {
  __typename
  ... on Organization { id handle name }
  ... on Person { id handle name }
  ... on Event { id handle name }
  ... on Agreement { id handle title }
  ... on Country { id iocCode name }
} }`;

describe('sportsgraph as a Federation v2 subgraph', () => {
  it('publishes its SDL with @link and a @key on every entity', async () => {
    const { data } = await registry.subgraph.query(`{ _service { sdl } }`);
    const sdl: string = data._service.sdl;
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
    for (const [type, keys] of Object.entries({
      Organization: ['id', 'handle'], Person: ['id', 'handle'], Event: ['id', 'handle'], Agreement: ['id', 'handle'], Country: ['id', 'iocCode'],
    })) {
      const declaration = new RegExp(`type ${type} implements [^{]*?${keys.map((k) => `@key\\(fields: "${k}"\\)`).join('\\s+')}`);
      expect(sdl, type).toMatch(declaration);
    }
  });

  it('resolves every entity by its opaque id and by its natural key', async () => {
    const { data } = await registry.query(`{
      organization(handle: "noc-kazakhstan") { id } person(handle: "gennady-golovkin") { id }
      event(handle: "astana-meeting-2025") { id } agreement(handle: "noc-kazakhstan-qatar-cooperation") { id } country(code: "KAZ") { id }
    }`);
    const representations = [
      { __typename: 'Organization', id: data.organization.id },
      { __typename: 'Organization', handle: 'noc-qatar' },
      { __typename: 'Person', id: data.person.id },
      { __typename: 'Person', handle: 'husain-al-musallam' },
      { __typename: 'Event', id: data.event.id },
      { __typename: 'Event', handle: 'oca-continental-athletes-forum-2025' },
      { __typename: 'Agreement', id: data.agreement.id },
      { __typename: 'Agreement', handle: 'world-aquatics-kazakhstan-swimming' },
      { __typename: 'Country', id: data.country.id },
      { __typename: 'Country', iocCode: 'KUW' },
    ];
    const answer = await registry.subgraph.query(entities, { r: representations });
    expect(answer.errors).toBeUndefined();
    expect(answer.data._entities.map((e: any) => [e.__typename, e.handle ?? e.iocCode])).toEqual([
      ['Organization', 'noc-kazakhstan'], ['Organization', 'noc-qatar'],
      ['Person', 'gennady-golovkin'], ['Person', 'husain-al-musallam'],
      ['Event', 'astana-meeting-2025'], ['Event', 'oca-continental-athletes-forum-2025'],
      ['Agreement', 'noc-kazakhstan-qatar-cooperation'], ['Agreement', 'world-aquatics-kazakhstan-swimming'],
      ['Country', 'KAZ'], ['Country', 'KUW'],
    ]);
    expect(answer.data._entities[0].id).toBe(data.organization.id);
  });

  it('answers null for keys that name nothing, without failing the other entities', async () => {
    const { data: ids } = await registry.query(`{ person(handle: "gennady-golovkin") { id } }`);
    const answer = await registry.subgraph.query(entities, {
      r: [
        { __typename: 'Organization', handle: 'no-such-body' },
        { __typename: 'Organization', id: ids.person.id }, // a Person's id is not an Organization's
        { __typename: 'Organization', id: 'forged' },
        { __typename: 'Country', iocCode: 'XXX' },
        { __typename: 'Organization', handle: 'ioc' },
      ],
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data._entities.slice(0, 4)).toEqual([null, null, null, null]);
    expect(answer.data._entities[4]).toMatchObject({ handle: 'ioc', name: 'International Olympic Committee' });
  });

  it('refuses a representation that names no entity type as BAD_USER_INPUT, naming the type and the entity types', async () => {
    const entityTypes = 'Agreement, Country, Event, Organization, Person, Sport';
    const refused = async (representation: unknown) => {
      const answer = await registry.subgraph.query(entities, { r: [{ __typename: 'Organization', handle: 'ioc' }, representation] });
      expect(answer.data).toBeNull();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'representations' });
      return answer.errors![0].message;
    };
    expect(await refused({ __typename: 'Nope', id: 'x' })).toBe(
      `representations[1] names the type "Nope", which is not an entity of this subgraph; __typename must be one of ${entityTypes}.`,
    );
    // Types of the schema that are not entities, and a representation without a type.
    expect(await refused({ __typename: 'Name', id: 'x' })).toContain('"Name", which is not an entity');
    expect(await refused({ __typename: 'Query' })).toContain('"Query", which is not an entity');
    expect(await refused({ handle: 'ioc' })).toBe(`representations[1] has no __typename; __typename must be one of ${entityTypes}.`);
    // A huge type name is not echoed back whole.
    const long = await refused({ __typename: 'X'.repeat(100_000) });
    expect(long.length).toBeLessThan(400);
    expect(long).toContain('[cut, 100000 chars]');
  });

  it('resolves 1,000 references in the same number of SQL statements as 10', async () => {
    const local = await seededRegistry();
    local.db.transaction((tx) => {
      for (let i = 0; i < 1000; i++) {
        tx.insert(t.organizations).values({ handle: `ref-${i}`, kind: OrganizationKind.NATIONAL_FEDERATION, name: `Ref ${i}`, countryId: 1 }).run();
      }
    });
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { name country { iocCode } } } }`;
    const byHandle = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Organization', handle: `ref-${i}` }));
    const small = await local.subgraph.query(query, { r: byHandle(10) });
    const large = await local.subgraph.query(query, { r: byHandle(1000) });
    await local.close();
    expect(large.errors).toBeUndefined();
    expect(large.data._entities).toHaveLength(1000);
    expect(large.data._entities[999]).toEqual({ name: 'Ref 999', country: { iocCode: expect.any(String) } });
    expect(small.sqlStatements).toBe(2); // organisations by handle, then their countries
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});

const joined = `{
  organization(handle: "noc-kazakhstan") { name athletesCommission { chair members } }
  athletesCommissions { chair organization { handle shortName country { iocCode } } }
}`;
const expectedJoin = {
  organization: { name: 'National Olympic Committee of the Republic of Kazakhstan', athletesCommission: { chair: 'Test Chair KAZ', members: 9 } },
  athletesCommissions: [
    { chair: 'Test Chair KAZ', organization: { handle: 'noc-kazakhstan', shortName: 'NOC RK', country: { iocCode: 'KAZ' } } },
    { chair: 'Test Chair QAT', organization: { handle: 'noc-qatar', shortName: 'QOC', country: { iocCode: 'QAT' } } },
    { chair: 'Orphan Chair', organization: { handle: 'not-in-sportsgraph', shortName: null, country: null } },
  ],
};

describe('a supergraph through @apollo/gateway', () => {
  it('composes in-process and answers a query that spans both subgraphs', async () => {
    const schemas = { sportsgraph: await subgraphSchema(), athletes: athletesSchema };
    const gateway = new ApolloGateway({
      supergraphSdl: new LocalCompose({
        localServiceList: [
          { name: 'sportsgraph', typeDefs: (await import('graphql')).parse(await printedSubgraphSchema()) },
          { name: 'athletes', typeDefs: athletesTypeDefs },
        ],
      }),
      buildService: ({ name }) => new LocalGraphQLDataSource(schemas[name as keyof typeof schemas]),
    });
    const server = new ApolloServer<Context>({ gateway });
    await server.start();
    try {
      const response = await server.executeOperation({ query: joined }, { contextValue: createContext(registry.db) });
      expect(response.body.kind === 'single' && response.body.singleResult).toMatchObject({ data: expectedJoin });
      expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeUndefined();
    } finally {
      await server.stop();
    }
  });

  it('composes over loopback HTTP with the real server, as `npm run gateway` does, and answers the joined query', async () => {
    let app: App | undefined;
    let athletes: Awaited<ReturnType<typeof startAthletesSubgraph>> | undefined;
    let gateway: Awaited<ReturnType<typeof startGateway>> | undefined;
    try {
      const logger = createLogger({ level: 'silent' });
      app = await startApp({ databasePath: ':memory:', port: 0, production: false, logger });
      athletes = await startAthletesSubgraph();
      const subgraphs = [{ name: 'sportsgraph', url: app.subgraphUrl }, parseSubgraph(`athletes=${athletes.url}`)];
      gateway = await startGateway({ subgraphs, port: 0, production: false, logger });
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: joined }) });
      expect(await response.json()).toEqual({ data: expectedJoin });
    } finally {
      await gateway?.close();
      await athletes?.stop();
      await app?.close();
    }
  });

  it('refuses malformed --subgraph arguments with a message that shows the form', () => {
    expect(parseSubgraph('athletes=http://127.0.0.1:4002/graphql')).toEqual({ name: 'athletes', url: 'http://127.0.0.1:4002/graphql' });
    expect(() => parseSubgraph('http://127.0.0.1:4002/graphql')).toThrow('--subgraph takes name=url, e.g. athletes=http://127.0.0.1:4002/graphql');
    expect(() => parseSubgraph('athletes=ftp://x')).toThrow(/name=url/);
  });
});

describe('`npm run gateway` in front of sportsgraph', () => {
  const logger = createLogger({ level: 'silent' });
  let app: App;
  let athletes: ApolloServer;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  const athletesSaw: IncomingHttpHeaders[] = [];
  let key: string;

  beforeAll(async () => {
    app = await startApp({ databasePath: ':memory:', port: 0, production: false, logger });
    key = createKey(app.db, 'gateway test editor', ApiRole.EDITOR).key;
    // The example subgraph, recording the headers of each request the gateway sends it.
    athletes = new ApolloServer({ schema: athletesSchema });
    const { url } = await startStandaloneServer(athletes, { listen: { port: 0, host: '127.0.0.1' }, context: async ({ req }) => (athletesSaw.push(req.headers), {}) });
    gateway = await startGateway({ subgraphs: [{ name: 'sportsgraph', url: app.subgraphUrl }, { name: 'athletes', url }], port: 0, production: false, logger });
  }, 60_000);
  afterAll(async () => {
    await gateway.close();
    await athletes.stop();
    await app.close();
  });

  const ask = async (query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { requestId: response.headers.get('x-request-id'), text: await response.clone().text(), body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  };

  it('forwards Authorization: a mutation with a key succeeds, one without is refused in sportsgraph\'s own words', async () => {
    const { body: org } = await ask('{ organization(handle: "noc-qatar") { id } }');
    const add = 'mutation ($input: AddNameInput!) { addName(input: $input) { name { value lang } userErrors { code } } }';
    const input = { ownerId: org.data.organization.id, value: 'Comité olympique du Qatar', lang: 'fr', kind: 'ALIAS' };
    const added = await ask(add, { authorization: `Bearer ${key}` }, { input });
    expect(added.body).toEqual({ data: { addName: { name: { value: 'Comité olympique du Qatar', lang: 'fr' }, userErrors: [] } } });
    const anonymous = await ask(add, {}, { input: { ...input, value: 'Another' } });
    expect(anonymous.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('API key'), extensions: { code: 'UNAUTHENTICATED' } });
    expect(anonymous.text).not.toContain(new URL(app.url).host);
  });

  it('forwards Accept-Language: the name comes in the language asked for', async () => {
    const query = '{ organization(handle: "noc-kazakhstan") { name } }';
    const arabic = await ask(query, { 'accept-language': 'ar' });
    expect(arabic.body.data.organization.name).toBe('اللجنة الأولمبية الوطنية في كازاخستان');
    expect((await ask(query)).body.data.organization.name).toBe('National Olympic Committee of the Republic of Kazakhstan');
  });

  it('forwards x-request-id as received to every subgraph it asks', async () => {
    athletesSaw.length = 0;
    const answer = await ask(joined, { 'x-request-id': 'req-federation-1', authorization: 'Bearer k', 'accept-language': 'kk' });
    expect(answer.body.errors).toBeUndefined();
    expect(athletesSaw.length).toBeGreaterThan(0);
    for (const headers of athletesSaw) expect(headers).toMatchObject({ 'x-request-id': 'req-federation-1', authorization: 'Bearer k', 'accept-language': 'kk' });
  });

  it('gives a request without an x-request-id the one it answers with, and sends that id to every subgraph', async () => {
    // None, and one longer than the 200 characters the server accepts (src/http/request-id.ts).
    for (const sent of [{}, { 'x-request-id': 'x'.repeat(201) }] as Record<string, string>[]) {
      athletesSaw.length = 0;
      const answer = await ask(joined, sent);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(athletesSaw.length).toBeGreaterThan(0);
      for (const headers of athletesSaw) expect(headers['x-request-id']).toBe(answer.requestId);
    }
  });

  it('answers SUBGRAPH_UNAVAILABLE, naming the subgraph and not its URL, when a subgraph is down', async () => {
    await athletes.stop();
    const answer = await ask('{ organization(handle: "noc-kazakhstan") { name athletesCommission { chair } } }');
    // sportsgraph's part still answers; the field the athletes subgraph adds is null.
    expect(answer.body.data).toEqual({ organization: { name: 'National Olympic Committee of the Republic of Kazakhstan', athletesCommission: null } });
    const unavailable = answer.body.errors?.filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE') ?? [];
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unavailable[0].message).toContain('"athletes" is unavailable');
    expect(answer.text).not.toMatch(/127\.0\.0\.1|localhost|http:\/\//);
  });
});
