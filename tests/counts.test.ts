import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationKind } from '../src/db/enums.js';
import * as t from '../src/db/schema.js';
import { seededRegistry, type Registry } from './support/registry.js';

const counts = `query ($of: CountSubject!, $by: CountDimension!) { counts(of: $of, by: $by) { key label count } }`;

let registry: Registry;
beforeAll(async () => {
  registry = await seededRegistry();
});
afterAll(() => registry.close());

const count = (of: string, by: string) => registry.query(counts, { of, by });

describe('counts for dashboards', () => {
  it('counts organisations by kind, largest first, ties by key', async () => {
    const { data, errors, sqlStatements } = await count('ORGANIZATIONS', 'KIND');
    expect(errors).toBeUndefined();
    expect(data.counts).toEqual([
      { key: 'NATIONAL_FEDERATION', label: 'National federation', count: 2 },
      { key: 'NATIONAL_OLYMPIC_COMMITTEE', label: 'National olympic committee', count: 2 },
      { key: 'CONTINENTAL_ASSOCIATION_OF_NOCS', label: 'Continental association of nocs', count: 1 },
      { key: 'CONTINENTAL_FEDERATION', label: 'Continental federation', count: 1 },
      { key: 'GOVERNMENT_MINISTRY', label: 'Government ministry', count: 1 },
      { key: 'INTERNATIONAL_FEDERATION', label: 'International federation', count: 1 },
      { key: 'PROGRAMME', label: 'Programme', count: 1 },
      { key: 'WORLD_ASSOCIATION_OF_NOCS', label: 'World association of nocs', count: 1 },
      { key: 'WORLD_OLYMPIC_BODY', label: 'World olympic body', count: 1 },
    ]);
    expect(sqlStatements).toBe(1);
  });

  it('counts organisations by country (IOC code, country name), world bodies under an unknown key', async () => {
    const { data, sqlStatements } = await count('ORGANIZATIONS', 'COUNTRY');
    expect(data.counts).toEqual([
      { key: null, label: 'Unknown', count: 6 },
      { key: 'KAZ', label: 'Kazakhstan', count: 4 },
      { key: 'QAT', label: 'Qatar', count: 1 },
    ]);
    expect(sqlStatements).toBe(1);
  });

  it('counts agreements by status: two discussed, one agreed in principle', async () => {
    const { data } = await count('AGREEMENTS', 'STATUS');
    expect(data.counts).toEqual([
      { key: 'DISCUSSED', label: 'Discussed', count: 2 },
      { key: 'AGREED_IN_PRINCIPLE', label: 'Agreed in principle', count: 1 },
    ]);
  });

  it('counts events by the year they start, whatever part of the date is known', async () => {
    // The tour and the meeting are dated `2025`, the forum `2025-09-02`.
    const { data } = await count('EVENTS', 'YEAR');
    expect(data.counts).toEqual([{ key: '2025', label: '2025', count: 3 }]);
  });

  it('counts posts by role and by the year they began, undated ones last among equals', async () => {
    expect((await count('POSTS', 'ROLE')).data.counts).toEqual([
      { key: 'PRESIDENT', label: 'President', count: 5 },
      { key: 'DIRECTOR_GENERAL', label: 'Director general', count: 1 },
      { key: 'MINISTER', label: 'Minister', count: 1 },
      { key: 'SECRETARY_GENERAL', label: 'Secretary general', count: 1 },
      { key: 'VICE_PRESIDENT', label: 'Vice president', count: 1 },
    ]);
    expect((await count('POSTS', 'YEAR')).data.counts).toEqual([
      { key: '2024', label: '2024', count: 3 },
      { key: null, label: 'Unknown', count: 3 },
      { key: '2021', label: '2021', count: 1 },
      { key: '2022', label: '2022', count: 1 },
      { key: '2026', label: '2026', count: 1 },
    ]);
  });

  it('refuses a dimension that means nothing for the subject, naming both', async () => {
    const { data, errors, sqlStatements } = await count('PEOPLE', 'STATUS');
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'by' });
    expect(errors?.[0].message).toBe('PEOPLE cannot be counted by STATUS; count PEOPLE by COUNTRY.');
    expect(sqlStatements).toBe(0);
    expect((await count('AGREEMENTS', 'COUNTRY')).errors?.[0].message).toBe('AGREEMENTS cannot be counted by COUNTRY; count AGREEMENTS by KIND, STATUS, YEAR.');
  });

  it('answers every allowed pairing in one statement, however many rows it counts', async () => {
    for (let i = 0; i < 300; i++) {
      registry.db.insert(t.organizations).values({ handle: `bulk-${i}`, kind: OrganizationKind.OTHER, name: `Bulk ${i}`, foundingDate: `${1900 + (i % 50)}` }).run();
    }
    const allowed = {
      ORGANIZATIONS: ['KIND', 'COUNTRY', 'YEAR'], PEOPLE: ['COUNTRY'], EVENTS: ['KIND', 'COUNTRY', 'STATUS', 'YEAR'],
      AGREEMENTS: ['KIND', 'STATUS', 'YEAR'], POSTS: ['ROLE', 'YEAR'],
    };
    for (const [of, dimensions] of Object.entries(allowed)) {
      for (const by of dimensions) {
        const { errors, sqlStatements } = await count(of, by);
        expect([of, by, errors]).toEqual([of, by, undefined]);
        expect(sqlStatements).toBe(1);
      }
    }
    const years = (await count('ORGANIZATIONS', 'YEAR')).data.counts;
    expect(years).toHaveLength(51);
    // The 11 seeded organisations have no founding date; the 300 added share 50 years, 6 each.
    expect(years.slice(0, 3)).toEqual([
      { key: null, label: 'Unknown', count: 11 },
      { key: '1900', label: '1900', count: 6 },
      { key: '1901', label: '1901', count: 6 },
    ]);
    expect(years.at(-1)).toEqual({ key: '1949', label: '1949', count: 6 });
  });
});
