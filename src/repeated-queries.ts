/**
 * A query sent again skips the parts of Apollo's request pipeline whose outcome is already known.
 * Apollo hashes the query text, looks the parsed document up, negotiates the answer's media type
 * three times and awaits each plugin hook through a `Promise.all` of its own: about 100 µs of CPU
 * a request, several times what a point lookup itself costs (see the README's Benchmark).
 *
 * Once Apollo has parsed, validated and resolved a query sent as a plain POST (`query`,
 * `operationName`, `variables`, nothing else), its operation is kept under the query text. The
 * same text then runs here through the same plugins' hooks in Apollo's order (didResolveOperation,
 * responseForOperation, willSendResponse): the limits, the cost report, `@asOf`, the cache policy
 * and the request's notes apply as in Apollo, and the answer is the plugin's (compiled or from a
 * heavy query's thread) as Apollo would send it, errors included (Apollo calls no other hook for
 * a plugin's answer either). Anything else goes Apollo's way: another method, media type or body
 * field, a context that cannot be made, a hook that refuses the operation (Apollo words the
 * refusal), an operation no plugin answers (one that takes input objects, or whose variables do
 * not coerce: see compiled-execution.ts; a query writes nothing, so asking Apollo again is safe).
 * tests/repeated-queries.test.ts holds both ways to the same bytes.
 */
import { HeaderMap, type ApolloServer, type ApolloServerPlugin, type BaseContext, type GraphQLRequestContext, type GraphQLRequestListener, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { DocumentNode, FormattedExecutionResult, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Context } from './context.js';

/** Operations kept; past this many the store starts again (an API's clients send a few hundred texts at most). */
const KEPT = 1000;
/** The media type Apollo answers with when the client accepts JSON or anything (ApolloServer's MEDIA_TYPES). */
const APPLICATION_JSON = 'application/json; charset=utf-8';
const PLAIN_FIELDS = new Set(['query', 'operationName', 'variables']);

interface Known {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

interface PlainRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export interface RepeatedQueries {
  /** Keeps the operations Apollo answered; goes in Apollo's plugin list. */
  plugin: ApolloServerPlugin<Context>;
  /** Answers a repeated query as Apollo would, or undefined: Apollo must answer it. */
  answer(request: HTTPGraphQLRequest, context: () => Promise<Context>): Promise<HTTPGraphQLResponse | undefined>;
}

const lanes = new WeakMap<object, RepeatedQueries>();

/** Answers given here rather than by Apollo since the process started (tests read it to know which way a request went). */
let answered = 0;
export const repeatedQueriesAnswered = () => answered;

/** Lets `answerHTTPGraphQL` answer the repeated queries of `apollo` through `lane`. */
export function serveRepeatedQueries(apollo: ApolloServer<Context>, lane: RepeatedQueries): void {
  lanes.set(apollo, lane);
}

/** Apollo's `executeHTTPGraphQLRequest`, with repeated queries answered without its pipeline. */
export async function answerHTTPGraphQL<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  httpGraphQLRequest: HTTPGraphQLRequest,
  context: () => Promise<TContext>,
): Promise<HTTPGraphQLResponse> {
  const lane = lanes.get(apollo);
  return (await lane?.answer(httpGraphQLRequest, context as unknown as () => Promise<Context>)) ?? apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
}

/**
 * `plugins` are the server's own, in its order; `stringifyResult` is the server's. The returned
 * plugin must be added to the same server.
 */
export function repeatedQueries(
  schema: GraphQLSchema,
  plugins: ApolloServerPlugin<Context>[],
  stringifyResult: (result: FormattedExecutionResult) => string,
): RepeatedQueries {
  const known = new Map<string, Known>();
  // The server's plugins as given, before the one returned here joins them.
  const hooked = [...plugins];
  const keyOf = (query: string, operationName: string | null | undefined) => `${operationName ?? ''}\n${query}`;

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async willSendResponse({ request, document, operation, response }) {
          // Apollo resolves the operation only once the document is valid.
          if (!document || operation?.operation !== 'query' || response.body.kind !== 'single' || request.http?.method !== 'POST' || !isPlain(request.http.body)) return;
          if (known.size >= KEPT) known.clear();
          known.set(keyOf(request.http.body.query, request.http.body.operationName), { document, operation });
        },
      };
    },
  };

  async function answer(http: HTTPGraphQLRequest, context: () => Promise<Context>): Promise<HTTPGraphQLResponse | undefined> {
    const body = http.body;
    if (http.method !== 'POST' || !isPlain(body) || !acceptsJson(http.headers) || http.headers.has('apollo-federation-include-trace')) return undefined;
    const operation = known.get(keyOf(body.query, body.operationName));
    if (!operation) return undefined;
    let contextValue: Context;
    try {
      contextValue = await context();
    } catch {
      return undefined; // Apollo makes the context again and reports why it failed
    }
    const requestContext = {
      schema,
      request: { query: body.query, operationName: body.operationName ?? undefined, variables: body.variables ?? undefined, http },
      response: { http: { status: undefined as number | undefined, headers: new HeaderMap() } },
      contextValue,
      metrics: {},
      source: body.query,
      document: operation.document,
      operation: operation.operation,
      operationName: operation.operation.name?.value ?? null,
    } as unknown as GraphQLRequestContext<Context> & { response: { body?: HTTPGraphQLResponse['body'] | { kind: 'single'; singleResult: FormattedExecutionResult } } };

    const listeners: GraphQLRequestListener<Context>[] = [];
    for (const p of hooked) {
      const listener = await p.requestDidStart?.(requestContext);
      if (listener) listeners.push(listener);
    }
    let response;
    try {
      for (const l of listeners) await l.didResolveOperation?.(requestContext as never);
      for (const l of listeners) if ((response = await l.responseForOperation?.(requestContext as never))) break;
    } catch {
      return undefined; // a refusal (a limit, a full queue): Apollo words it
    }
    if (!response || response.body.kind !== 'single') return undefined;
    requestContext.response.body = response.body;
    if (response.http.status) requestContext.response.http.status = response.http.status;
    for (const [name, value] of response.http.headers) requestContext.response.http.headers.set(name, value);
    for (const l of listeners) await l.willSendResponse?.(requestContext as never);

    answered += 1;
    const { status, headers } = requestContext.response.http;
    const { errors, data, extensions } = response.body.singleResult;
    if (!headers.get('content-type')) headers.set('content-type', APPLICATION_JSON);
    return { status, headers, body: { kind: 'complete', string: stringifyResult({ errors, data, extensions }) } };
  }

  return { plugin, answer };
}

function isPlain(body: unknown): body is PlainRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  for (const key in body) if (!PLAIN_FIELDS.has(key)) return false;
  const { query, operationName, variables } = body as Record<string, unknown>;
  return typeof query === 'string'
    && (operationName == null || typeof operationName === 'string')
    && (variables == null || (typeof variables === 'object' && !Array.isArray(variables)));
}

/** No Accept header, or one Apollo answers with `application/json` for without negotiating. */
function acceptsJson(headers: HeaderMap): boolean {
  const accept = headers.get('accept');
  return accept === undefined || accept === '*/*' || accept === 'application/json';
}
