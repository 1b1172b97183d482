import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for `2025`, `2025-04` and real calendar days such as `2025-04-02`. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (!m[3]) return true;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.getUTCDate() === Number(m[3]);
}

/**
 * A value that is no partial date. Sent by a client, it is their input to correct: maskError
 * answers it BAD_USER_INPUT when written in the query (graphql-js reports it as a validation
 * error), as Apollo does when it comes in a variable.
 */
export class NotAPartialDate extends TypeError {}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw new NotAPartialDate(`PartialDate must be a year, year-month or date in ISO 8601 form (2025, 2025-04, 2025-04-02); got ${JSON.stringify(value)}.`);
  }
  return value;
}

export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description:
    'A date known to the year (`2025`), the month (`2025-04`) or the day (`2025-04-02`), in ISO 8601 form. ' +
    'Sources often give only part of a date; the registry keeps what they give rather than inventing the rest.',
  serialize: (value) => parse(value),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : valueFromASTUntyped(ast)),
});
