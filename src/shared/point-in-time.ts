/**
 * Whether a dated fact held at a date, when either may be known only in part. A partial date
 * names a period (`2024` is 2024-01-01 to 2024-12-31). A fact holds for certain when it had
 * certainly begun before the period and had certainly not ended within it; it certainly did
 * not hold when it ended before the period or began after it; anything else is uncertain.
 * An unknown start makes a fact uncertain; an unknown end means it still holds.
 */
import { registerEnumType } from 'type-graphql';

export enum InEffect {
  YES = 'YES',
  UNCERTAIN = 'UNCERTAIN',
  NO = 'NO',
}
registerEnumType(InEffect, {
  name: 'InEffect',
  description: 'Whether a dated fact held at a date, given dates that may be known only to the year or month.',
  valuesConfig: {
    YES: { description: 'It certainly held throughout that date or period.' },
    UNCERTAIN: { description: 'It may have held: its dates are too partial, or its start is unknown.' },
    NO: { description: 'It certainly did not hold.' },
  },
});

/** The first and last day a partial date can mean. */
export function period(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`];
  }
  return [date, date];
}

/** True when `date` certainly lies before `other`: the last day it can mean is before the first day `other` can mean. */
export function certainlyBefore(date: string, other: string): boolean {
  return period(date)[1] < period(other)[0];
}

/**
 * What a request says about time: the date its operation asked for (`query @asOf(date: "2021-07")`),
 * if any. The request context carries it; see src/operation-date.ts.
 */
export interface DatedRequest {
  asOf?: string;
}

/**
 * The date a field answers for: its own `asOf` (or `at`), else the operation's date, else today.
 * The one place an answer reads the clock: no resolver asks for today's date any other way.
 */
export function dateAsked(request: DatedRequest | undefined, own: string | null | undefined): string {
  return dateGiven(request, own) ?? today();
}

/**
 * The date a field was given, by its own `asOf` or by the operation; undefined when neither gave
 * one. For the answers whose default is not "today" but "as stored": a dated list then keeps all
 * of history, an agreement answers its stored status.
 */
export function dateGiven(request: DatedRequest | undefined, own: string | null | undefined): string | undefined {
  return own ?? request?.asOf;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function inEffectAt(start: string | null, end: string | null, at: string): InEffect {
  const [from, to] = period(at);
  if (end && period(end)[1] < from) return InEffect.NO;
  if (start && period(start)[0] > to) return InEffect.NO;
  const begunBefore = start !== null && period(start)[1] <= from;
  const lastsThrough = end === null || period(end)[0] >= to;
  return begunBefore && lastsThrough ? InEffect.YES : InEffect.UNCERTAIN;
}
