/** Builds the Apollo server: schema, limits, error masking and the statement count extension. */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from './context.js';
import { currentQueryStats } from './db/client.js';
import { subgraphSchema } from './graphql-schema.js';

/** Codes whose messages are written for clients; any other error is masked. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'INVALID_ID', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);

export function maskError(formatted: GraphQLFormattedError, error: unknown, logger?: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  logger?.error({ err: original, path: formatted.path }, 'unexpected error while resolving a request');
  return {
    message: 'Internal server error: the request could not be completed. It has been logged.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
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
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: stats.sqlStatements };
          }
        },
      };
    },
  };
}

export async function createApolloServer(options: { production: boolean; logger?: Logger }): Promise<ApolloServer<Context>> {
  return new ApolloServer<Context>({
    schema: await subgraphSchema(),
    introspection: true,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error, options.logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...(options.production ? [] : [statementCountPlugin()]),
    ],
  });
}

