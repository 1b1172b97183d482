/** What one request may still spend at run time: wall time, and bytes of large text. */
import { QueryLimitError } from './limit.error.js';
import type { QueryLimits } from './limits.config.js';

export class RequestBudget {
  private readonly deadline: number;
  private bytes = 0;
  /** The cost measured before execution (objects the query may return). */
  requestedCost = 0;

  constructor(readonly limits: Pick<QueryLimits, 'timeBudgetMs' | 'maxResponseBytes' | 'maxCost'>) {
    this.deadline = performance.now() + limits.timeBudgetMs;
  }

  get expired(): boolean {
    return performance.now() > this.deadline;
  }

  /** Throws QUERY_TIMEOUT once the request has run past its time budget; called before each batch of SQL. */
  check(): void {
    if (this.expired) throw timeoutError(this.limits.timeBudgetMs);
  }

  /** Counts text that can be large (a source's full text) towards the response size, refusing past the cap. */
  spend<T extends string | null>(text: T): T {
    this.bytes += text?.length ?? 0;
    if (this.bytes > this.limits.maxResponseBytes) throw responseTooLarge(this.limits.maxResponseBytes);
    return text;
  }
}

export function timeoutError(timeBudgetMs: number): QueryLimitError {
  return new QueryLimitError('QUERY_TIMEOUT', `The request ran longer than its time budget of ${timeBudgetMs} ms (QUERY_TIME_BUDGET_MS) and was stopped; ask for less in one request.`);
}

export function responseTooLarge(maxBytes: number): QueryLimitError {
  return new QueryLimitError('RESPONSE_TOO_LARGE', `The response would be larger than ${maxBytes} bytes (QUERY_MAX_RESPONSE_BYTES); ask for fewer objects or fields in one request.`);
}
