/** The limits every request is held to, with the defaults the README documents; each can be set by environment variable. */
export interface QueryLimits {
  /** Lexical tokens in the query text (bounds parsing, and so the stack a query can use). */
  maxTokens: number;
  /** Nesting of fields below the operation. */
  maxDepth: number;
  /** Fields requested under another name (`a: organization(...)`). */
  maxAliases: number;
  /** Directives used (`@include`, `@skip`, ...). */
  maxDirectives: number;
  /** Times one response key may be selected within one selection set (fragments included). */
  maxFieldRepeats: number;
  /** Objects a query may return, counted before it runs (lists multiplied by their `first`/`last`). */
  maxCost: number;
  /** Wall time a request may run before it is stopped. */
  timeBudgetMs: number;
  /** Bytes of a response, counted as it is built. */
  maxResponseBytes: number;
  /** The cost from which a query runs on a worker thread, off the main thread. */
  heavyQueryCost: number;
  /** Worker threads for heavy queries; 0 runs them on the main thread. */
  heavyQueryThreads: number;
}

const DEFAULTS: Record<keyof QueryLimits, { env: string; value: number; min?: number }> = {
  maxTokens: { env: 'QUERY_MAX_TOKENS', value: 2_000 },
  maxDepth: { env: 'QUERY_MAX_DEPTH', value: 12 },
  maxAliases: { env: 'QUERY_MAX_ALIASES', value: 30 },
  maxDirectives: { env: 'QUERY_MAX_DIRECTIVES', value: 50 },
  maxFieldRepeats: { env: 'QUERY_MAX_FIELD_REPEATS', value: 20 },
  maxCost: { env: 'QUERY_MAX_COST', value: 250_000 },
  timeBudgetMs: { env: 'QUERY_TIME_BUDGET_MS', value: 10_000 },
  maxResponseBytes: { env: 'QUERY_MAX_RESPONSE_BYTES', value: 20 * 1024 * 1024 },
  heavyQueryCost: { env: 'HEAVY_QUERY_COST', value: 2_000 },
  heavyQueryThreads: { env: 'HEAVY_QUERY_THREADS', value: 1, min: 0 },
};

/** The limits from the environment, the defaults where a variable is unset; a bad value stops start-up with its name. */
export function queryLimits(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const limits = {} as QueryLimits;
  for (const [key, { env: name, value, min = 1 }] of Object.entries(DEFAULTS) as [keyof QueryLimits, (typeof DEFAULTS)[keyof QueryLimits]][]) {
    const raw = env[name];
    const parsed = raw === undefined || raw === '' ? value : Number(raw);
    if (!Number.isSafeInteger(parsed) || parsed < min) {
      throw new Error(`${name} must be a whole number of at least ${min}; got "${raw}".`);
    }
    limits[key] = parsed;
  }
  return limits;
}

let configured: QueryLimits | undefined;

/** The process's limits, read from the environment once. */
export function configuredLimits(): QueryLimits {
  return (configured ??= queryLimits());
}
