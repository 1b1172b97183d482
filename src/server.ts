/** Builds the Apollo server: schema, limits, error masking and the statement count extension. */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { cacheMaxAge } from './config.js';
import type { Context } from './context.js';
import { currentQueryStats } from './db/client.js';
import { compiledExecutionPlugin, type ReportErrors } from './compiled-execution.js';
import { federatedTracePlugins } from './federation/traces.js';
import { publicSchema, subgraphSchema } from './graphql-schema.js';
import { cachePolicyPlugin } from './http/cache-policy.js';
import { legacyJsonStatusPlugin } from './http/graphql-over-http.js';
import { requestNotesPlugin } from './http/request-notes.js';
import { LIMIT_CODES } from './limits/limit.error.js';
import { configuredLimits, type QueryLimits } from './limits/limits.config.js';
import { heavyQueriesPlugin, stringifyResult } from './limits/heavy-queries.js';
import { limitsPlugin } from './limits/limits.plugin.js';
import { NotAPartialDate } from './shared/partial-date.scalar.js';
import { operationDatePlugin } from './operation-date.js';
import { repeatedQueries, serveRepeatedQueries } from './repeated-queries.js';

/** Codes whose messages are written for clients; any other error is masked. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'INVALID_ID', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'OPERATION_NOT_SUPPORTED',
  ...LIMIT_CODES,
]);

/** What a client is told of an error: its own mistakes as they are, anything else masked (and logged by unexpectedErrorLog). */
export function maskError(formatted: GraphQLFormattedError, error: unknown, limits?: QueryLimits): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // graphql-js reports the token limit as a syntax error; it is a limit like the others.
  if (code === 'GRAPHQL_PARSE_FAILED' && /more that \d+ tokens/.test(formatted.message)) {
    return {
      message: `The query has more than ${limits?.maxTokens} tokens (QUERY_MAX_TOKENS); send a smaller query, with values in variables.`,
      extensions: { code: 'QUERY_TOO_LARGE' },
    };
  }
  // A date that is no date is the client's input to correct, written in the query as in a variable (Apollo's code for those).
  if (code === 'GRAPHQL_VALIDATION_FAILED' && (error as GraphQLError | undefined)?.originalError instanceof NotAPartialDate) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error: the request could not be completed. It has been logged.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Logs the errors that are not the client's doing (those maskError masks), with their stack, on
 * the request's own logger when it came over HTTP (its lines carry the request id).
 */
function unexpectedErrorLog(fallback: Logger | undefined): ReportErrors {
  return (errors, context) => {
    const logger = context.notes?.logger ?? fallback;
    for (const error of errors) {
      const code = error.extensions?.code;
      if (typeof code === 'string' && CLIENT_CODES.has(code)) continue;
      logger?.error({ err: unwrapResolverError(error), path: error.path }, 'unexpected error while resolving a request');
    }
  };
}

/** Reports the errors of what Apollo runs (compiled queries report their own), and a context that could not be made. */
function errorReportPlugin(report: ReportErrors, logger: Logger | undefined): ApolloServerPlugin<Context> {
  return {
    async contextCreationDidFail({ error }) {
      logger?.error({ err: error }, 'unexpected error while starting a request');
    },
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          report(errors, contextValue);
        },
      };
    },
  };
}

/** Outside production, tells clients how many SQL statements their request ran. */
function statementCountPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const stats = currentQueryStats();
          if (stats && response.body.kind === 'single') {
            const extensions = response.body.singleResult.extensions;
            // A heavy query's statements ran on a worker thread, which counted them in its answer.
            const offloaded = typeof extensions?.sqlStatements === 'number' ? extensions.sqlStatements : 0;
            response.body.singleResult.extensions = { ...extensions, sqlStatements: stats.sqlStatements + offloaded };
          }
        },
      };
    },
  };
}

export interface ApolloOptions {
  production: boolean;
  logger?: Logger;
  limits?: QueryLimits;
  /** The secret a trusted gateway sends for federated traces; none: traces are off. */
  gatewayTraceToken?: string;
  /** The database heavy queries' worker threads open; none: every query runs on this thread. */
  databasePath?: string;
  /** Seconds a query's answer may be cached (CACHE_MAX_AGE by default). */
  cacheMaxAge?: number;
}

/** The two schemas served: the API for clients at /graphql, and the federation subgraph for gateways at /subgraph. */
export type SchemaName = 'public' | 'subgraph';
const schemas: Record<SchemaName, () => Promise<GraphQLSchema>> = { public: publicSchema, subgraph: subgraphSchema };

/** One Apollo server for the schema named (the public one unless told). */
export async function createApolloServer(options: ApolloOptions & { schema?: SchemaName }): Promise<ApolloServer<Context>> {
  const name = options.schema ?? 'public';
  return (await createApolloServers(options, [name]))[name];
}

/** An Apollo server per schema named, with the same limits and masking; they share one pool of heavy-query threads. */
export async function createApolloServers<S extends SchemaName>(options: ApolloOptions, names: S[]): Promise<Record<S, ApolloServer<Context>>> {
  const limits = options.limits ?? configuredLimits();
  const formatError = (formatted: GraphQLFormattedError, error: unknown) => maskError(formatted, error, limits);
  const reportErrors = unexpectedErrorLog(options.logger);
  const heavyQueries = options.databasePath && options.databasePath !== ':memory:' && limits.heavyQueryThreads > 0
    ? heavyQueriesPlugin({ databasePath: options.databasePath, limits, production: options.production })
    : undefined;
  const servers = {} as Record<S, ApolloServer<Context>>;
  for (const name of names) {
    const schema = await schemas[name]();
    const plugins: ApolloServerPlugin<Context>[] = [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(), // its per-field hints cost every field; see cache-policy.ts
      cachePolicyPlugin<Context>(options.cacheMaxAge ?? cacheMaxAge()),
      legacyJsonStatusPlugin<Context>(),
      requestNotesPlugin<Context>(),
      errorReportPlugin(reportErrors, options.logger),
      limitsPlugin(limits),
      operationDatePlugin(),
      // In this order: a heavy query goes to a worker thread, which runs it compiled.
      ...(heavyQueries ? [heavyQueries] : []),
      compiledExecutionPlugin(formatError, reportErrors),
      ...federatedTracePlugins(options.gatewayTraceToken),
      ...(options.production ? [] : [statementCountPlugin()]),
    ];
    // Last: it keeps what Apollo resolved once the others are done with the answer.
    const lane = repeatedQueries(schema, plugins, stringifyResult);
    plugins.push(lane.plugin);
    servers[name] = new ApolloServer<Context>({
      schema,
      introspection: true,
      hideSchemaDetailsFromClientErrors: true,
      // Keys travel in the Authorization header, never in cookies, so a page on another site cannot
      // act with a user's rights (what CSRF prevention guards against): GET queries need no extra
      // header. Apollo still refuses mutations over GET (405).
      csrfPrevention: false,
      // Apollo's own messages as JSON lines too (the default writes plain text to the console).
      ...(options.logger ? { logger: options.logger } : {}),
      includeStacktraceInErrorResponses: false,
      // The process's signal handler (main.ts) drains HTTP, then stops the servers: Apollo's own would cut requests in flight.
      stopOnTerminationSignals: false,
      // Parsing is recursive: a bound on tokens is a bound on the stack a query can take.
      parseOptions: { maxTokens: limits.maxTokens },
      formatError,
      // As Apollo's own, but a heavy answer's data comes already serialised from its worker thread.
      stringifyResult,
      plugins,
    });
    serveRepeatedQueries(servers[name], lane);
  }
  return servers;
}
