/**
 * A local Apollo Gateway over sportsgraph and any other subgraphs, served by the same HTTP layer
 * (IDE included outside production). For trying a supergraph; production graphs would rather
 * run Apollo Router with a supergraph composed ahead of time.
 */
import type { AddressInfo } from 'node:net';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import { createHttpServer } from './http/server.js';

export interface Subgraph {
  name: string;
  url: string;
}

/** Reads `name=url` as given to `--subgraph`; throws a message a user can act on. */
export function parseSubgraph(text: string): Subgraph {
  const match = /^([A-Za-z][\w-]*)=(https?:\/\/\S+)$/.exec(text.trim());
  if (!match) throw new Error(`--subgraph takes name=url, e.g. athletes=http://127.0.0.1:4002/graphql; got "${text}".`);
  return { name: match[1], url: match[2] };
}

export interface GatewayOptions {
  subgraphs: Subgraph[];
  port: number;
  host?: string;
  production: boolean;
  logger: Logger;
}

export async function startGateway(options: GatewayOptions) {
  const names = options.subgraphs.map((s) => s.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) throw new Error(`Two subgraphs are named "${duplicate}"; give each a different name.`);
  const apollo = new ApolloServer<BaseContext>({
    gateway: new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs: options.subgraphs, pollIntervalInMs: 10_000 }) }),
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start(); // composes now: an unreachable subgraph or a composition error stops here
  const server = createHttpServer({
    apollo,
    context: () => ({}),
    ready: () => ({ ok: true, detail: { subgraphs: names } }),
    logger: options.logger,
    ide: !options.production,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
