/**
 * Prometheus metrics, served at /metrics (prom-client): GraphQL requests by operation and status,
 * request latency by route, SQL statements, errors by code, and node's own (memory, CPU, event loop).
 * Every label takes a bounded set of values, so no client can grow the series without end.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { statementsRunTotal } from '../db/client.js';

/** Operation names that get their own label value; later names are counted as OTHER. */
export const MAX_OPERATION_LABELS = 100;
export const OPERATION_LABEL = { anonymous: '(anonymous)', none: '(none)', other: '(other)' } as const;
const ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics', 'other'];

export interface FinishedRequest {
  method?: string;
  path: string;
  status: number;
  seconds: number;
  /** For /graphql: the operation's name when GraphQL resolved one, and whether it did. */
  operationName?: string;
  resolved?: boolean;
  /** `extensions.code` of each error answered. */
  errorCodes?: readonly string[];
}

export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests = new Counter({
    name: 'sportsgraph_graphql_requests_total',
    help: `GraphQL requests by operation name (${OPERATION_LABEL.anonymous} for unnamed operations, ${OPERATION_LABEL.none} when none was resolved, ${OPERATION_LABEL.other} past the first ${MAX_OPERATION_LABELS} names) and HTTP status.`,
    labelNames: ['operation', 'status'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'sportsgraph_http_request_duration_seconds',
    help: 'Time from a request\'s arrival to the end of its answer, by route (other: any other path).',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'sportsgraph_errors_total',
    help: 'Errors answered, by extensions.code (GraphQL errors and the HTTP layer\'s own, such as NOT_FOUND).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  /** Each route's series, bound once (a label lookup hashes its labels on every call). */
  private readonly latencyByRoute = new Map(ROUTES.map((route) => [route, this.latency.labels({ route })]));

  constructor() {
    new Counter({
      name: 'sportsgraph_sql_statements_total',
      help: 'SQL statements run since start (heavy queries\' worker threads included); per request: divide its rate by the requests\' rate.',
      registers: [this.registry],
      collect() {
        // Counted where the statements run (db/client.ts), as a plain number: read when scraped.
        this.reset();
        this.inc(statementsRunTotal());
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'sportsgraph_' });
  }

  /** Records one answered (or abandoned) request. */
  record(request: FinishedRequest): void {
    (this.latencyByRoute.get(request.path) ?? this.latencyByRoute.get('other')!).observe(request.seconds);
    // CORS preflights (OPTIONS) are not GraphQL requests; they are timed with the route's others.
    if (request.path === '/graphql' && request.method !== 'OPTIONS') this.requests.inc({ operation: this.operationLabel(request), status: request.status });
    for (const code of request.errorCodes ?? []) this.errors.inc({ code });
  }

  /** The text format Prometheus scrapes. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private operationLabel({ operationName, resolved }: FinishedRequest): string {
    if (!resolved) return OPERATION_LABEL.none;
    if (!operationName) return OPERATION_LABEL.anonymous;
    if (this.operations.has(operationName)) return operationName;
    if (this.operations.size >= MAX_OPERATION_LABELS || operationName.length > 100) return OPERATION_LABEL.other;
    this.operations.add(operationName);
    return operationName;
  }
}
