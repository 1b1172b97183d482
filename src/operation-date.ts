/**
 * One date for a whole answer: `query @asOf(date: "2021-07") { ... }` asks for the registry as it
 * stood at that date, and every field below answers for it (see shared/point-in-time.ts,
 * `dateAsked`). A directive on the operation rather than a header: it is part of the query text,
 * so it is seen where the query is read, travels over GET, in persisted queries and through a
 * gateway's subgraph fetches, and a cache keyed by the query text keeps answers for different
 * dates apart. Memento's `Accept-Datetime` (RFC 7089) would also have needed a Vary, and its
 * HTTP-date names an instant, where the registry's dates may be a year or a month.
 *
 * The date reaches the resolvers through the request's context, set once the operation is
 * known and before it runs, whichever way it runs: compiled (compiled-execution.ts), by
 * graphql-js, or on a heavy query's worker thread, whose own server reads the same directive
 * from the same query text.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DirectiveLocation, GraphQLDirective, getDirectiveValues, getVariableValues, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Context } from './context.js';
import { PartialDateScalar } from './shared/partial-date.scalar.js';

export const asOfDirective = new GraphQLDirective({
  name: 'asOf',
  description:
    'Answers the whole query as the registry holds things to have stood at this date: every field that depends on the date '
    + '(names, leaders, `inEffect`, agreement status, counts, the graph) answers for it, and dated lists (posts, ties, names, '
    + 'agreements) keep only the facts that may have held then, as their `asOf` argument does. A field\'s own `asOf` (or `at`) '
    + 'still wins. Without it, today. The date used is echoed in `extensions.asOf`.',
  locations: [DirectiveLocation.QUERY],
  args: {
    date: {
      type: PartialDateScalar,
      description: 'A year (`2021`), a month (`2021-07`) or a day (`2021-07-01`); a partial date is its whole period. Null: today, so one query text can serve both through a variable.',
    },
  },
});

/**
 * The date the operation asks for, or undefined. Variables are coerced here as execution will
 * coerce them (a default applies, a bad value is a PartialDate error); when they do not coerce,
 * no date is set and execution refuses the request with graphql-js's own BAD_USER_INPUT error.
 */
export function operationDate(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): string | undefined {
  // Most operations carry no directive at all: nothing to walk.
  if (!operation.directives?.length) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return undefined;
  return (getDirectiveValues(asOfDirective, operation, coerced.coerced)?.date as string | null | undefined) ?? undefined;
}

/** Sets the request's date from the operation's `@asOf`, and echoes it in `extensions.asOf`. */
export function operationDatePlugin(): ApolloServerPlugin<Context> {
  // The same hooks for every request: they keep nothing of their own.
  const hooks: GraphQLRequestListener<Context> = {
    async didResolveOperation({ operation, request, schema, contextValue }) {
      if (operation) contextValue.asOf = operationDate(schema, operation, request.variables);
    },
    async willSendResponse({ response, contextValue }) {
      if (contextValue.asOf !== undefined && response.body.kind === 'single') {
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, asOf: contextValue.asOf };
      }
    },
  };
  return { requestDidStart: async () => hooks };
}
