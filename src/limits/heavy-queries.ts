/**
 * Isolation: a query whose measured cost is at least HEAVY_QUERY_COST runs on a worker thread
 * (piscina), so the main thread keeps answering light queries and /healthz while it runs. A
 * worker that overruns its time budget (in code that never reaches a budget check) is ended,
 * and a full queue is answered SERVER_BUSY at once, so heavy queries cannot pile up either.
 *
 * A heavy answer is large (a megabyte of JSON, tens of thousands of objects), and whatever this
 * thread does with it delays the light queries behind it: structured-cloning it out of the worker,
 * collecting those objects, serialising it again. So the worker serialises `data` itself and sends
 * the text (a string crosses threads as one copy), and `stringifyResult` below puts that text on
 * the wire as it is. Only `errors` and `extensions` (small) travel as objects, so the plugins here
 * that add to the answer (the cost report, sqlStatements) work on them as on any other answer.
 */
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Piscina } from 'piscina';
import type { Viewer } from '../auth/keys.js';
import type { Context } from '../context.js';
import { countStatements } from '../db/client.js';
import { IDLE_RELEASE_MS } from '../http/idle-memory.js';
import { compiled } from '../paths.js';
import { timeoutError } from './request-budget.js';
import type { QueryLimits } from './limits.config.js';

export interface HeavyQuery {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  acceptLanguage?: string;
  /** Who is calling, as the main thread found it from the Authorization header (the key is not looked up twice). */
  viewer: Viewer;
  /** The HTTP request's id, for the worker's log lines about it. */
  requestId?: string;
}

export interface HeavyQueryAnswer {
  status?: number;
  /** The answer without its `data`... */
  result: Omit<FormattedExecutionResult, 'data'>;
  /** ...which comes as JSON text (JSON.stringify(data)); absent when the answer has no `data`. */
  data?: string;
  /** SQL statements the worker ran for it, counted into this thread's total (for /metrics). */
  statements: number;
}

/**
 * A heavy answer's `data` as the JSON text its worker thread wrote, in the place of the object, from
 * the pool to stringifyResult. (Outside HTTP, as through executeOperation, a caller would find this
 * object in `data`; toJSON still serialises it as the data itself.)
 */
export class SerializedData {
  constructor(readonly json: string) {}
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/**
 * The server's stringifyResult: Apollo's own (JSON.stringify(result) + newline, fields in the order
 * errors, data, extensions), except that `data` serialised on a worker thread goes in as its text,
 * neither parsed nor serialised again here, so the bytes are those JSON.stringify would write.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const { errors, data, extensions } = result;
  if (!(data instanceof SerializedData)) return `${JSON.stringify(result)}\n`;
  const head = errors === undefined ? '' : `"errors":${JSON.stringify(errors)},`;
  const tail = extensions === undefined ? '' : `,"extensions":${JSON.stringify(extensions)}`;
  return `{${head}"data":${data.json}${tail}}\n`;
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
    // The build bundles the worker beside the server (dist/heavy-query.worker.js); from the sources it is TypeScript, loaded through tsx.
    filename: new URL(compiled ? './heavy-query.worker.js' : './heavy-query.worker.ts', import.meta.url).href,
    execArgv: compiled ? [] : ['--import', 'tsx'],
    workerData: { databasePath: options.databasePath, limits: options.limits, production: options.production } satisfies HeavyQueryWorkerData,
    minThreads: 0,
    maxThreads: limits.heavyQueryThreads,
    // An idle worker gives its memory back (about 100 MB: its own heap, schema and connection);
    // the next heavy query pays its start (about a second). As long as the main thread waits
    // before giving its own memory back (IDLE_RELEASE_MS), so the whole process is idle at once.
    idleTimeout: IDLE_RELEASE_MS,
    // A query that would need more ends its worker, not the process.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // When the cores are contended, the main thread's light queries go first (Linux thread niceness).
    // The lowest priority, 19 (CFS weight 15 against 1024): with 10 (weight 110) the bench's lookups
    // behind heavy queries had a p99 about a fifth higher. It reaches this thread only, not the V8
    // threads that collect its garbage and optimise its code, which run at the process's priority.
    niceIncrement: 19,
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
          if (operation?.operation !== 'query' || contextValue.budget.requestedCost < limits.heavyQueryCost) return null;
          const headers = request.http?.headers;
          const task: HeavyQuery = {
            query: source,
            variables: request.variables,
            operationName: request.operationName,
            acceptLanguage: headers?.get('accept-language') ?? undefined,
            viewer: contextValue.viewer,
            requestId: contextValue.notes?.requestId,
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
            const { status, result, data, statements } = await pool.run(task, { signal });
            countStatements(statements);
            const singleResult = data === undefined ? result : { ...result, data: new SerializedData(data) as unknown as Record<string, unknown> };
            return { http: { status, headers: new HeaderMap() }, body: { kind: 'single', singleResult } };
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
