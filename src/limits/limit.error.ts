/** A request refused, or stopped, by a limit: a client error with a stable code, answered with HTTP 400 (ask for less). */
import { GraphQLError } from 'graphql';

export type LimitCode =
  | 'QUERY_TOO_LARGE'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_MANY_ALIASES'
  | 'QUERY_TOO_MANY_DIRECTIVES'
  | 'QUERY_TOO_MANY_REPEATS'
  | 'QUERY_TOO_COSTLY'
  | 'QUERY_TIMEOUT'
  | 'RESPONSE_TOO_LARGE';

export const LIMIT_CODES: readonly LimitCode[] = [
  'QUERY_TOO_LARGE', 'QUERY_TOO_DEEP', 'QUERY_TOO_MANY_ALIASES', 'QUERY_TOO_MANY_DIRECTIVES', 'QUERY_TOO_MANY_REPEATS',
  'QUERY_TOO_COSTLY', 'QUERY_TIMEOUT', 'RESPONSE_TOO_LARGE',
];

export class QueryLimitError extends GraphQLError {
  constructor(code: LimitCode, message: string) {
    super(message, { extensions: { code, http: { status: 400 } } });
  }
}
