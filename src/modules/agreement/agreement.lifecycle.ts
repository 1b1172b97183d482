/**
 * An agreement's lifecycle, declared once: where each stage may go next and the date each stage
 * sets. From these come the moves `transitionAgreement` allows and the stage an agreement had
 * reached at a date: in JavaScript for its `status` field, in SQL for lists, filters, orderings
 * and counts, both walking the same stages by the same rule.
 *
 * The rule: an agreement went through the stages on the way from DISCUSSED to its stored status.
 * At a date it had reached each of them in turn, up to the first whose date certainly came after
 * (a partial date is its whole period, as for `asOf`). A stage with no date (AGREED_IN_PRINCIPLE
 * has none of its own; a step recorded without one) is taken as reached with the stage before
 * it, for the registry cannot say later. A stage that may be skipped (IN_FORCE, on the way to
 * TERMINATED) was gone through only when its date is known. Before it was first discussed, an
 * agreement answers DISCUSSED, and `inEffect` says NO.
 *
 * The history (`changes`) is not read: its times say when the registry was told of a step, not
 * when the step was taken.
 */
import { sql, type SQL } from 'drizzle-orm';
import { AgreementStatus } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import type { AgreementRow } from '../../db/schema.js';
import { earliest, latest } from '../../shared/filter.js';
import { period } from '../../shared/point-in-time.js';

/** The stages an agreement may move to next; no skips, no steps back. */
export const nextStages: Record<AgreementStatus, AgreementStatus[]> = {
  [AgreementStatus.DISCUSSED]: [AgreementStatus.AGREED_IN_PRINCIPLE],
  [AgreementStatus.AGREED_IN_PRINCIPLE]: [AgreementStatus.SIGNED],
  [AgreementStatus.SIGNED]: [AgreementStatus.IN_FORCE, AgreementStatus.TERMINATED],
  [AgreementStatus.IN_FORCE]: [AgreementStatus.EXPIRED, AgreementStatus.TERMINATED],
  [AgreementStatus.EXPIRED]: [],
  [AgreementStatus.TERMINATED]: [],
};

/** Which date each stage sets (DISCUSSED's is given when the agreement is recorded). */
export const dateOfStage: Partial<Record<AgreementStatus, 'discussedDate' | 'signedDate' | 'startDate' | 'endDate'>> = {
  [AgreementStatus.DISCUSSED]: 'discussedDate',
  [AgreementStatus.SIGNED]: 'signedDate',
  [AgreementStatus.IN_FORCE]: 'startDate',
  [AgreementStatus.EXPIRED]: 'endDate',
  [AgreementStatus.TERMINATED]: 'endDate',
};

const stages = Object.values(AgreementStatus);
const [first] = stages as [AgreementStatus];

/** The stages reachable from `from` without passing `avoiding`. */
function reachable(from: AgreementStatus, avoiding?: AgreementStatus): Set<AgreementStatus> {
  const seen = new Set<AgreementStatus>([from]);
  for (const stage of seen) for (const next of nextStages[stage]) if (next !== avoiding) seen.add(next);
  return seen;
}

interface Step {
  stage: AgreementStatus;
  /** May be skipped on the way to the stored status: gone through only when its date is known. */
  optional: boolean;
}

/** For each stored status, the steps on the way to it, in lifecycle order. */
const ways = new Map(stages.map((status) => [status, stages
  .filter((stage) => reachable(first).has(stage) && reachable(stage).has(status))
  .map((stage): Step => ({ stage, optional: stage !== status && reachable(first, stage).has(status) }))]));

/** The stage `agreement` had reached at `at` (see the file comment). */
export function statusAt(agreement: AgreementRow, at: string): AgreementStatus {
  const until = period(at)[1];
  let status = first;
  for (const { stage, optional } of ways.get(agreement.status)!) {
    const key = dateOfStage[stage];
    const date = key ? agreement[key] : null;
    if (date == null && optional) continue;
    if (date != null && period(date)[0] > until) break;
    status = stage;
  }
  return status;
}

/** The same as statusAt, as an SQL expression over the `agreements` row. */
export function statusAtSql(at: string): SQL {
  const walk = (steps: Step[], reached: SQL): SQL => {
    if (steps.length === 0) return reached;
    const [{ stage, optional }, ...rest] = steps as [Step, ...Step[]];
    const key = dateOfStage[stage];
    if (!key) return walk(rest, sql`${stage}`);
    const date = t.agreements[key];
    const onward = walk(rest, sql`${stage}`);
    const unknown = optional ? walk(rest, reached) : onward;
    return sql`CASE WHEN ${date} IS NULL THEN ${unknown} WHEN ${earliest(date)} <= ${latest(at)} THEN ${onward} ELSE ${reached} END`;
  };
  return sql`(CASE ${t.agreements.status} ${sql.join(stages.map((status) => sql`WHEN ${status} THEN ${walk(ways.get(status)!, sql`${first}`)}`), sql` `)} END)`;
}
