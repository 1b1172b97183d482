import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementKind, AgreementStatus } from '../src/db/enums.js';
import * as t from '../src/db/schema.js';
import { statusAtSql } from '../src/modules/agreement/agreement.lifecycle.js';
import { seededRegistry, type Registry } from './support/registry.js';

let registry: Registry;

/** Agreements at every end of the lifecycle, with dates known, partial or missing. */
const agreements = [
  { handle: 'signed-in-november', status: AgreementStatus.SIGNED, discussedDate: '2025', signedDate: '2026-11-20' },
  { handle: 'terminated-before-force', status: AgreementStatus.TERMINATED, discussedDate: '2019', signedDate: '2020', endDate: '2022' },
  { handle: 'terminated-in-force', status: AgreementStatus.TERMINATED, discussedDate: '2019', signedDate: '2020', startDate: '2021', endDate: '2023-05' },
  { handle: 'expires-2030', status: AgreementStatus.EXPIRED, discussedDate: '2019', signedDate: '2020-03', startDate: '2020-06', endDate: '2030' },
  { handle: 'signed-undated', status: AgreementStatus.SIGNED, discussedDate: '2019' },
  { handle: 'in-force-undiscussed', status: AgreementStatus.IN_FORCE, startDate: '2024' },
];

beforeAll(async () => {
  registry = await seededRegistry();
  for (const agreement of agreements) registry.db.insert(t.agreements).values({ ...agreement, title: agreement.handle, kind: AgreementKind.OTHER }).run();
});
afterAll(() => registry.close());

async function statusesAt(at: string): Promise<Record<string, string>> {
  const { data, errors } = await registry.query(`query ($at: PartialDate) { agreements(first: 100) { nodes { handle status(asOf: $at) } } }`, { at });
  expect(errors).toBeUndefined();
  return Object.fromEntries(data.agreements.nodes.map((a: { handle: string; status: string }) => [a.handle, a.status]));
}

describe('an agreement\'s status at a date', () => {
  it('is the last stage whose date had come, each partial date taken as its whole period', async () => {
    const expectations: [string, string, string][] = [
      ['signed-in-november', '2024', 'DISCUSSED'], // not yet discussed: the first stage (inEffect says NO)
      ['signed-in-november', '2025', 'AGREED_IN_PRINCIPLE'], // agreed in principle has no date: with the discussion
      ['signed-in-november', '2026-10', 'AGREED_IN_PRINCIPLE'],
      ['signed-in-november', '2026-11', 'SIGNED'], // the month of the signing may be meant
      ['terminated-before-force', '2021', 'SIGNED'], // never in force: no start date
      ['terminated-before-force', '2022-06', 'TERMINATED'],
      ['terminated-in-force', '2021-06', 'IN_FORCE'],
      ['terminated-in-force', '2023-04', 'IN_FORCE'],
      ['terminated-in-force', '2023-05-31', 'TERMINATED'],
      ['expires-2030', '2020-04', 'SIGNED'],
      ['expires-2030', '2029-12-31', 'IN_FORCE'],
      ['expires-2030', '2030', 'EXPIRED'],
      ['signed-undated', '2019', 'SIGNED'], // an unknown date may have come: as for `asOf`
      ['in-force-undiscussed', '2023', 'SIGNED'],
      ['in-force-undiscussed', '2024-01', 'IN_FORCE'],
    ];
    const answers = new Map<string, Record<string, string>>();
    for (const [, at] of expectations) if (!answers.has(at)) answers.set(at, await statusesAt(at));
    expect(expectations.map(([handle, at]) => [handle, at, answers.get(at)![handle]])).toEqual(expectations);
  });

  it('is the stage stored when no date is asked, and follows the query\'s @asOf unless the field has its own', async () => {
    const { data } = await registry.query(`query @asOf(date: "2021") {
      agreement(handle: "expires-2030") { status now: status(asOf: "2031") inEffect }
    }`);
    expect(data.agreement).toEqual({ status: 'IN_FORCE', now: 'EXPIRED', inEffect: 'YES' });
    const stored = await registry.query(`{ agreement(handle: "in-force-undiscussed") { status } }`);
    expect(stored.data.agreement.status).toBe('IN_FORCE');
  });

  it('reads the same in SQL as in the field, so lists filter and order by the status the nodes show', async () => {
    const dates = ['2018', '2019', '2020-02', '2020-03', '2020-07', '2021', '2022-06', '2023-05', '2024', '2025', '2026-11-19', '2026-11-20', '2029', '2030-06'];
    for (const at of dates) {
      const fromFields = await statusesAt(at);
      const fromSql = registry.db.all<{ handle: string; status: string }>(sql`SELECT ${t.agreements.handle} AS handle, ${statusAtSql(at)} AS status FROM ${t.agreements}`);
      expect(Object.fromEntries(fromSql.map((row) => [row.handle, row.status.toUpperCase()])), at).toEqual(fromFields);

      const { data } = await registry.query(`query ($at: PartialDate) @asOf(date: $at) {
        all: agreements(first: 100) { nodes { handle status } }
        signed: agreements(first: 100, filter: { status: SIGNED }) { nodes { handle } }
        ordered: agreements(first: 100, orderBy: [{ field: STATUS }]) { nodes { status } }
      }`, { at });
      const signed = data.all.nodes.filter((a: { status: string }) => a.status === 'SIGNED').map((a: { handle: string }) => a.handle);
      expect(data.signed.nodes.map((a: { handle: string }) => a.handle), at).toEqual(signed);
      const stages = Object.keys(AgreementStatus);
      const ranks = data.ordered.nodes.map((a: { status: string }) => stages.indexOf(a.status));
      expect(ranks, at).toEqual([...ranks].sort((a: number, b: number) => a - b));
    }
  });

  it('keeps its stored status in filters when no date is asked', async () => {
    const { data } = await registry.query(`{ agreements(first: 100, filter: { status: SIGNED }) { nodes { handle } } }`);
    expect(data.agreements.nodes.map((a: { handle: string }) => a.handle).sort()).toEqual(['signed-in-november', 'signed-undated']);
  });

  it('is what counts group agreements by at a date, counting only the agreements that may have held then', async () => {
    for (const at of ['2018', '2020-07', '2021', '2022-06', '2025', '2026-11', '2030']) {
      const { data } = await registry.query(`query ($at: PartialDate) @asOf(date: $at) {
        agreements(first: 100) { totalCount nodes { status } }
        counts(of: AGREEMENTS, by: STATUS) { key count }
      }`, { at });
      const byStatus = new Map<string, number>();
      for (const { status } of data.agreements.nodes) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      expect(Object.fromEntries(data.counts.map((b: { key: string; count: number }) => [b.key, b.count])), at).toEqual(Object.fromEntries(byStatus));
      const { data: own } = await registry.query(`query ($at: PartialDate) { counts(of: AGREEMENTS, by: STATUS, asOf: $at) { key count } }`, { at });
      expect(own.counts, at).toEqual(data.counts);
    }
    // Without a date, every agreement stored, by its stored status.
    const { data } = await registry.query(`{ agreements { totalCount } counts(of: AGREEMENTS, by: STATUS) { key count } }`);
    expect(data.counts.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(data.agreements.totalCount);
  });
});
