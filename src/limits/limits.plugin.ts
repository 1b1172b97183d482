/**
 * The limits as an Apollo plugin. Before execution: refuses subscriptions and any operation past
 * a static limit (depth, aliases, directives, repeats, cost). After: stops a response that ran
 * past its time budget or grew past its size cap, and reports `extensions.cost` on every answer.
 */
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context.js';
import type { QueryLimits } from './limits.config.js';
import { measureOperation } from './query-measure.js';
import { responseTooLarge, timeoutError } from './request-budget.js';

export function limitsPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  // Apollo keeps parsed documents, so a query sent again is the same operation object: its cost is
  // remembered unless it depends on the variables (a `first: $n`). Only operations within every limit are.
  const measured = new WeakMap<OperationDefinitionNode, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) return; // Apollo answers an unknown operationName itself
          if (operation.operation === 'subscription') {
            throw new GraphQLError('This API has no subscriptions; send a query or a mutation.', {
              extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
            });
          }
          let cost = measured.get(operation);
          if (cost === undefined) {
            const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
            const measure = measureOperation(schema, fragments, operation, request.variables, limits);
            if (!measure.readsVariables) measured.set(operation, measure.cost);
            cost = measure.cost;
          }
          contextValue.budget.requestedCost = cost;
        },
        async willSendResponse(requestContext) {
          reportCost(requestContext, limits);
        },
      };
    },
  };
}

function reportCost({ response, contextValue }: GraphQLRequestContextWillSendResponse<Context>, limits: QueryLimits): void {
  if (response.body.kind !== 'single') return;
  const result = response.body.singleResult;
  // A heavy query's worker thread measured its answer already, with the same limits: keep its report.
  if (result.extensions?.cost) return;
  const { budget } = contextValue;
  let stopped = result.errors?.find((e) => e.extensions?.code === 'QUERY_TIMEOUT' || e.extensions?.code === 'RESPONSE_TOO_LARGE');
  if (!stopped && budget.expired) stopped = timeoutError(budget.limits.timeBudgetMs);
  const { objects, bytes } = stopped ? { objects: 0, bytes: 0 } : measureResult(result.data);
  if (!stopped && bytes > limits.maxResponseBytes) stopped = responseTooLarge(limits.maxResponseBytes);
  if (stopped) {
    // A partial answer past a limit would mislead: answer the limit alone.
    result.data = null;
    result.errors = [{ message: stopped.message, extensions: { code: stopped.extensions!.code } }];
    response.http.status = 400;
  }
  result.extensions = {
    ...result.extensions,
    cost: { requested: budget.requestedCost, actual: objects, budget: limits.maxCost },
  };
}

/** Objects in a result (what `cost` counts) and roughly its size as JSON, in one walk. */
function measureResult(data: unknown): { objects: number; bytes: number } {
  let objects = -1; // the root `data` object is not counted
  let bytes = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') bytes += value.length + 3;
    else if (Array.isArray(value)) {
      bytes += 2 + value.length;
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === 'object') {
      objects += 1;
      bytes += 2;
      for (const key in value) {
        bytes += key.length + 4;
        stack.push((value as Record<string, unknown>)[key]);
      }
    } else bytes += 5;
  }
  return { objects: Math.max(0, objects), bytes };
}
