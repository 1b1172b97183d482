/**
 * A GraphQL operation run inside the server, for the services that speak other protocols than
 * GraphQL (/reconcile, /network/*.svg) and for the CLIs: they read through the same schema, limits,
 * loaders and language rules as any client, so they never duplicate a query of their own.
 */
import type { ApolloServer, BaseContext } from '@apollo/server';

export type RunOperation = <D>(source: string, variables?: Record<string, unknown>) => Promise<D>;

/** An error the operation answered with: its message and code are the masked ones a client would see. */
export class OperationError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

/** Runs each operation with a fresh context from `context()`; the first error of an answer is thrown as an OperationError. */
export function operationRunner<TContext extends BaseContext>(apollo: ApolloServer<TContext>, context: () => Promise<TContext> | TContext): RunOperation {
  return async <D>(source: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation({ query: source, variables }, { contextValue: await context() });
    if (response.body.kind !== 'single') throw new OperationError('An incremental answer was not expected.', 'INTERNAL_SERVER_ERROR');
    const { data, errors } = response.body.singleResult;
    const error = errors?.[0];
    if (error) throw new OperationError(error.message, String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
    // A heavy query's data comes back serialised by its worker thread, as an object whose toJSON() gives it.
    return JSON.parse(JSON.stringify(data ?? null)) as D;
  };
}
