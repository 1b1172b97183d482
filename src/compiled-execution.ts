/**
 * Queries run as code compiled for them (graphql-jit) instead of through graphql-js's general
 * executor: per field, no resolve-info object, path or argument coercion unless a resolver needs
 * them, which was most of a nested query's garbage. A query is compiled once per parsed document
 * (Apollo keeps those) and then reused. Mutations, queries that pass input objects (see
 * takesInputObjects), federated-trace requests (traces need graphql-js's per-field hooks) and
 * requests whose variables do not coerce go Apollo's own way, so their answers and errors are
 * exactly as before.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { BREAK, isInputObjectType, Kind, visit, type DocumentNode, type GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type TypeNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from './context.js';

/**
 * graphql-jit 0.8 runs out of memory compiling the recursive filter inputs (`and`/`or` of the
 * same type), in literals and in variables alike: queries that pass input objects run on graphql-js.
 */
function takesInputObjects(schema: GraphQLSchema, document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    ObjectValue() {
      found = true;
      return BREAK;
    },
    VariableDefinition(node) {
      const type = schema.getType(namedTypeOf(node.type));
      if (type && isInputObjectType(type)) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
/** Told of the errors of a compiled query, as Apollo's didEncounterErrors hook is of the others'. */
export type ReportErrors = (errors: readonly GraphQLError[], context: Context) => void;

export function compiledExecutionPlugin(formatError: FormatError, reportErrors: ReportErrors): ApolloServerPlugin<Context> {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (document: DocumentNode, schema: GraphQLSchema, operationName: string | undefined) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    if (!byName.has(key)) {
      const query = takesInputObjects(schema, document) ? undefined : compileQuery(schema, document, operationName);
      byName.set(key, query && isCompiledQuery(query) ? query : null); // not compiled: graphql-js runs it
    }
    return byName.get(key)!;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ document, operation, operationName, request, schema, contextValue }) {
          // No operation (an operationName the document does not have): Apollo answers that itself.
          if (operation?.operation !== 'query' || request.http?.headers.get('apollo-federation-include-trace')) return null;
          const query = compiledFor(document, schema, operationName ?? undefined);
          if (!query) return null;
          const result = await query.query(undefined, contextValue, request.variables ?? {});
          if (!('data' in result)) return null; // the variables did not coerce: Apollo words that error
          if (result.errors) reportErrors(result.errors, contextValue);
          const errors = result.errors?.map((error: GraphQLError) => formatError(error.toJSON(), error));
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data, ...(errors ? { errors } : {}) } },
          };
        },
      };
    },
  };
}
