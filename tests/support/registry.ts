/** A seeded in-memory registry and a way to query it the way Apollo would, without HTTP. */
import type { ApolloServer } from '@apollo/server';
import { seedDatabase } from '../../seeds/load.js';
import { createContext, type Context } from '../../src/context.js';
import { countingStatements, openDatabase, type Db } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { ensureSearchIndex } from '../../src/shared/search-index.js';
import type { QueryLimits } from '../../src/limits/limits.config.js';
import { createApolloServers } from '../../src/server.js';

export interface Answer<D = any> {
  data?: D | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  sqlStatements?: number;
  extensions?: Record<string, any>;
}

export interface Registry {
  db: Db;
  server: ApolloServer<Context>;
  query<D = any>(source: string, variables?: Record<string, unknown>): Promise<Answer<D>>;
  /** The same, as a request with these headers. */
  queryWith<D = any>(source: string, request: { acceptLanguage?: string; authorization?: string; variables?: Record<string, unknown> }): Promise<Answer<D>>;
  /** The same registry through the federation subgraph schema (`_entities`, `_service`), as gateways see it at /subgraph. */
  subgraph: Pick<Registry, 'query' | 'queryWith'>;
  close(): Promise<void>;
}

export async function seededRegistry(options: { production?: boolean; seed?: boolean; limits?: QueryLimits } = {}): Promise<Registry> {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  if (options.seed !== false) seedDatabase(db);
  ensureSearchIndex(db);
  const servers = await createApolloServers({ production: options.production ?? false, limits: options.limits }, ['public', 'subgraph']);
  await Promise.all([servers.public.start(), servers.subgraph.start()]);
  const querying = (server: ApolloServer<Context>): Pick<Registry, 'query' | 'queryWith'> => {
    const queryWith: Registry['queryWith'] = async (source, { acceptLanguage, authorization, variables }) => {
      const { result } = await countingStatements(() =>
        server.executeOperation({ query: source, variables }, { contextValue: createContext(db, { acceptLanguage, authorization }) }),
      );
      if (result.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors, extensions } = result.body.singleResult;
      return { data: data as any, errors: errors as Answer['errors'], sqlStatements: extensions?.sqlStatements as number | undefined, extensions };
    };
    return { query: (source, variables) => queryWith(source, { variables }), queryWith };
  };
  return {
    db,
    server: servers.public,
    ...querying(servers.public),
    subgraph: querying(servers.subgraph),
    async close() {
      await Promise.all([servers.public.stop(), servers.subgraph.stop()]);
      db.$client.close();
    },
  };
}
