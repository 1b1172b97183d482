/**
 * Clients see the registry's own schema at /graphql; the federation machinery (`_entities`,
 * `_service`, `_Any`, `link__*`, `federation__*`) is served to gateways at /subgraph only.
 * Both are read the way tools read them: by introspection over HTTP.
 */
import { readFileSync } from 'node:fs';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, parse, printSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../src/app.js';
import { createLogger } from '../src/logger.js';

let app: App;
beforeAll(async () => {
  app = await startApp({ databasePath: ':memory:', port: 0, production: true, logger: createLogger({ level: 'silent' }) });
});
afterAll(() => app.close());

const committed = (file: string) => readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8');

async function post(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** The schema a client tool builds from the endpoint's introspection. */
async function introspected(url: string): Promise<GraphQLSchema> {
  const { data, errors } = await post(url, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }));
  expect(errors).toBeUndefined();
  return buildClientSchema(data as IntrospectionQuery);
}

const FEDERATION_NAME = /^(_(?!_)|link__|federation__)/;

/** What a project generating TypeScript types from the API would configure (see README). */
const codegenConfig = { strictScalars: true, scalars: { PartialDate: 'string', JSONObject: 'Record<string, unknown>' } };
const generateTypes = (schema: GraphQLSchema) =>
  codegen({
    filename: 'sportsgraph.ts',
    schema: parse(printSchema(schema)),
    documents: [],
    config: codegenConfig,
    plugins: [{ typescript: {} }],
    pluginMap: { typescript: typescriptPlugin },
  });

describe('the public schema at /graphql', () => {
  it('has no federation type, field or directive', async () => {
    const schema = await introspected(app.url);
    expect(Object.keys(schema.getTypeMap()).filter((name) => FEDERATION_NAME.test(name))).toEqual([]);
    expect(Object.keys(schema.getQueryType()!.getFields()).filter((name) => name.startsWith('_'))).toEqual([]);
    expect(schema.getDirectives().map((d) => d.name).sort()).toEqual(['asOf', 'deprecated', 'include', 'oneOf', 'skip', 'specifiedBy']);
  });

  it('is exactly schema/schema.graphql, the committed contract', async () => {
    expect(`${printSchema(lexicographicSortSchema(await introspected(app.url)))}\n`).toBe(committed('schema.graphql'));
  });

  it('refuses _entities and _service as fields it does not have', async () => {
    for (const query of ['{ _service { sdl } }', '{ _entities(representations: [{ __typename: "Organization", handle: "ioc" }]) { __typename } }']) {
      const { data, errors } = await post(app.url, query);
      expect(data).toBeUndefined();
      expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('generates TypeScript types with GraphQL Code Generator and strictScalars, from the live endpoint', async () => {
    const output = await generateTypes(await introspected(app.url));
    expect(output).toMatch(/^export type Organization = [^\n]*\{$/m);
    expect(output).toMatch(/PartialDate: \{ input: string; output: string; \}/);
    expect(output).not.toMatch(/_Any|_Entity|FieldSet/);
  });
});

describe('the federation subgraph at /subgraph', () => {
  it('answers _service with schema/subgraph.graphql and resolves _entities', async () => {
    const subgraphUrl = app.url.replace(/\/graphql$/, '/subgraph');
    expect(app.subgraphUrl).toBe(subgraphUrl);
    expect((await post(subgraphUrl, '{ _service { sdl } }')).data._service.sdl.trim()).toBe(committed('subgraph.graphql').trim());
    const { data } = await post(subgraphUrl, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { handle } } }', {
      r: [{ __typename: 'Organization', handle: 'ioc' }],
    });
    expect(data._entities).toEqual([{ handle: 'ioc' }]);
  });

  it('is what Code Generator with strictScalars refuses: it is for gateways, not clients', async () => {
    await expect(generateTypes(await introspected(app.subgraphUrl))).rejects.toThrow(/Unknown scalar type (_Any|link__Import|federation__)/);
  });
});
