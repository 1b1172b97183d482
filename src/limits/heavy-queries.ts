/**
 * Isolation: a query whose measured cost is at least HEAVY_QUERY_COST runs on a worker thread
 * (piscina), so the main thread keeps answering light queries and /healthz while it runs. A
 * worker that overruns its time budget (in code that never reaches a budget check) is ended,
 * and a full queue is answered SERVER_BUSY at once, so heavy queries cannot pile up either.
 */
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Piscina } from 'piscina';
import type { Context } from '../context.js';
import { timeoutError } from './request-budget.js';
import type { QueryLimits } from './limits.config.js';

export interface HeavyQuery {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  acceptLanguage?: string;
  authorization?: string;
}

export interface HeavyQueryAnswer {
  status?: number;
  result: FormattedExecutionResult;
}

export interface HeavyQueryWorkerData {
  databasePath: string;
  limits: QueryLimits;
  production: boolean;
}

/** Heavy queries that may wait for each busy worker thread. */
const QUEUE_PER_THREAD = 8;
/** The heap a worker thread may grow to. */
const WORKER_HEAP_MB = 512;

/** The Apollo plugin that sends heavy queries to a pool of worker threads (limits.heavyQueryThreads of them), made at start, ended at stop. */
export function heavyQueriesPlugin(options: HeavyQueryWorkerData): ApolloServerPlugin<Context> {
  const { limits } = options;
  const pool = new Piscina<HeavyQuery, HeavyQueryAnswer>({
    filename: new URL('./heavy-query.worker.ts', import.meta.url).href,
    // The worker is TypeScript, loaded as `npm start` loads the server, whatever the parent runs under.
    execArgv: ['--import', 'tsx'],
    workerData: { databasePath: options.databasePath, limits: options.limits, production: options.production } satisfies HeavyQueryWorkerData,
    minThreads: 0,
    maxThreads: limits.heavyQueryThreads,
    // An idle worker gives its memory back; the next heavy query pays its start (about a second).
    idleTimeout: 30_000,
    // A query that would need more ends its worker, not the process.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // When the cores are contended, the main thread's light queries go first (Linux thread niceness).
    niceIncrement: 10,
  });
  // Counted here rather than by piscina's maxQueue, which lets the queue grow while a worker starts.
  const capacity = limits.heavyQueryThreads * (1 + QUEUE_PER_THREAD);
  let inFlight = 0;
  return {
    async serverWillStart() {
      return { serverWillStop: () => pool.destroy() };
    },
    async requestDidStart() {
      return {
        async responseForOperation({ operation, contextValue, request, source }) {
          if (operation.operation !== 'query' || contextValue.budget.requestedCost < limits.heavyQueryCost) return null;
          const headers = request.http?.headers;
          const task: HeavyQuery = {
            query: source,
            variables: request.variables,
            operationName: request.operationName,
            acceptLanguage: headers?.get('accept-language') ?? undefined,
            authorization: headers?.get('authorization') ?? undefined,
          };
          if (inFlight >= capacity) {
            const busy = refusal(new GraphQLError('The server is busy with costly queries; retry in a few seconds, or ask for less.', { extensions: { code: 'SERVER_BUSY' } }), 503);
            busy.http.headers.set('retry-after', '5');
            return busy;
          }
          // A little past the budget: the worker's own checks answer first when they can.
          const signal = AbortSignal.timeout(limits.timeBudgetMs + 1_000);
          inFlight += 1;
          try {
            const { status, result } = await pool.run(task, { signal });
            return { http: { status, headers: new HeaderMap() }, body: { kind: 'single', singleResult: result } };
          } catch (error) {
            if (signal.aborted) return refusal(timeoutError(limits.timeBudgetMs), 400);
            if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
              return refusal(new GraphQLError(`The query needed more than the ${WORKER_HEAP_MB} MB a heavy query may use; ask for less in one request.`, { extensions: { code: 'QUERY_TOO_COSTLY' } }), 400);
            }
            throw error;
          } finally {
            inFlight -= 1;
          }
        },
      };
    },
  };
}

/** An answer that is only this error (the limits plugin still adds the cost report). */
function refusal(error: GraphQLError, status: number) {
  return {
    http: { status, headers: new HeaderMap() },
    body: { kind: 'single' as const, singleResult: { errors: [{ message: error.message, extensions: { code: error.extensions.code } }] } },
  };
}
