import { describe, expect, it } from 'vitest';
import { seededRegistry } from './support/registry.js';

describe('what clients see when something goes wrong', () => {
  it('masks unexpected failures: a stable code, no SQL, no stack, no file path', async () => {
    const registry = await seededRegistry();
    registry.db.$client.close(); // the next read fails inside better-sqlite3
    const answer = await registry.query(`{ organizations(first: 1) { nodes { name } } }`);
    await registry.server.stop();
    expect(answer.errors).toHaveLength(1);
    const [error] = answer.errors!;
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(error.message).toBe('Internal server error: the request could not be completed. It has been logged.');
    expect(JSON.stringify(answer)).not.toMatch(/sqlite|SELECT|database connection|\/work\/|\.ts:|at /i);
  });

  it('does not suggest field names the client did not ask for', async () => {
    const registry = await seededRegistry({ seed: false });
    const answer = await registry.query(`{ organisation(handle: "ioc") { id } }`);
    await registry.close();
    expect(answer.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.errors?.[0].message).toBe('Cannot query field "organisation" on type "Query".');
  });

  it('names the argument and the accepted values when input is the wrong type', async () => {
    const registry = await seededRegistry({ seed: false });
    const answer = await registry.query(`query ($k: OrganizationKind) { organizations(filter: { kind: $k }) { totalCount } }`, { k: 'CLUB' });
    await registry.close();
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0].message).toContain('$k');
  });

  it('reports the statement count outside production only', async () => {
    const development = await seededRegistry({ seed: false });
    const production = await seededRegistry({ seed: false, production: true });
    const query = `{ countries { totalCount } }`;
    const dev = await development.query(query);
    const prod = await production.query(query);
    await Promise.all([development.close(), production.close()]);
    expect(dev.sqlStatements).toBe(1);
    expect(prod.data).toEqual(dev.data);
    expect(prod.sqlStatements).toBeUndefined();
  });
});
