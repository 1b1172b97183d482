/**
 * A local Apollo Gateway over sportsgraph and any other subgraphs, served by the same HTTP layer
 * (IDE included outside production). For trying a supergraph; production graphs would rather
 * run Apollo Router with a supergraph composed ahead of time.
 */
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { DEFAULT_SHUTDOWN_GRACE_MS } from './config.js';
import type { RequestNotes } from './http/request-notes.js';
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
  /** How long close() lets requests in flight finish. */
  shutdownGraceMs?: number;
}

/**
 * The headers every subgraph fetch carries: the client's API key and languages as received, and
 * the request's id as the gateway answered it (the client's, or the one it made when the client
 * sent none or an unusable one), so one id ties the gateway's log lines to every subgraph's.
 */
export const FORWARDED_HEADERS = ['authorization', 'accept-language', 'x-request-id'] as const;

interface GatewayContext {
  headers: Partial<Record<(typeof FORWARDED_HEADERS)[number], string>>;
}

function gatewayContext(request: IncomingMessage, notes: RequestNotes): GatewayContext {
  const headers: GatewayContext['headers'] = { 'x-request-id': notes.requestId };
  for (const name of ['authorization', 'accept-language'] as const) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return { headers };
}

/** A GraphQL answer, as a subgraph sends one even under an error status (401 for a bad key). */
function isGraphQLAnswer(body: unknown): body is { errors: unknown[]; data?: unknown } {
  return typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors);
}

/**
 * A subgraph over HTTP that forwards the client's headers, and that answers for itself when it
 * cannot be reached: SUBGRAPH_UNAVAILABLE, naming the subgraph. @apollo/gateway's own error
 * would show its internal URL (`request to http://10.0.0.7:4000/subgraph failed`).
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: Subgraph,
    private readonly logger: Logger,
  ) {
    super({ url: subgraph.url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Composition's own requests (introspection at start and every poll) come with no client.
    for (const name of FORWARDED_HEADERS) {
      const value = context?.headers?.[name];
      if (value !== undefined) request.http!.headers.set(name, value);
    }
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      const body = (error as GraphQLError).extensions?.response as { body?: unknown } | undefined;
      if (isGraphQLAnswer(body?.body)) return body.body as Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
      this.logger.warn({ subgraph: this.subgraph.name, url: this.subgraph.url, reason: error instanceof Error ? error.message : String(error) }, 'a subgraph did not answer');
      const message = `The subgraph "${this.subgraph.name}" is unavailable; the fields it serves are missing from this answer. Try again later.`;
      return { errors: [new GraphQLError(message, { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } })] };
    }
  }
}

export async function startGateway(options: GatewayOptions) {
  const names = options.subgraphs.map((s) => s.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) throw new Error(`Two subgraphs are named "${duplicate}"; give each a different name.`);
  const apollo = new ApolloServer<GatewayContext>({
    gateway: new ApolloGateway({
      supergraphSdl: new IntrospectAndCompose({ subgraphs: options.subgraphs, pollIntervalInMs: 10_000 }),
      buildService: ({ name, url }) => new SubgraphDataSource({ name, url: url! }, options.logger),
    }),
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    // close() drains HTTP first (the plugin below), as the server does (see app.ts).
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  const server = createHttpServer({
    apollo,
    context: gatewayContext,
    ready: () => ({ ok: true, detail: { subgraphs: names } }),
    logger: options.logger,
    ide: !options.production,
  });
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS }));
  await apollo.start(); // composes now: an unreachable subgraph or a composition error stops here
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}/graphql`,
    async close() {
      await apollo.stop();
    },
  };
}
