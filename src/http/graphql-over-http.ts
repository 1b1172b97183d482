/**
 * The GraphQL-over-HTTP rule for `application/json` answers: a well-formed request that GraphQL
 * refuses before running it (a syntax error, a validation error, variables that do not fit) is
 * answered 200 with its errors, because a client of that media type reads a GraphQL answer only
 * from a 200 (any other status may come from a proxy in between). A client that accepts
 * `application/graphql-response+json` keeps Apollo's 400. Limits (QUERY_TOO_DEEP, ...) stay 400.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import Negotiator from 'negotiator';

const REFUSED_BEFORE_RUNNING = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);
/** The media types Apollo chooses among for an answer, in its order (so the choice here is the same as its). */
const APPLICATION_JSON = 'application/json; charset=utf-8';
const ANSWER_TYPES = [APPLICATION_JSON, 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];

export function legacyJsonStatusPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.every((error) => REFUSED_BEFORE_RUNNING.has(String(error.extensions?.code)))) return;
          if (answeredAsJson(request.http?.headers.get('accept'))) response.http.status = 200;
        },
      };
    },
  };
}

function answeredAsJson(accept: string | undefined): boolean {
  return !accept || new Negotiator({ headers: { accept } }).mediaType(ANSWER_TYPES) === APPLICATION_JSON;
}
