import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../src/db/client.js';
import { AgreementKind, AgreementStatus, NameKind, OrganizationKind } from '../src/db/enums.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { quotedTableName, rowShape, tableRows } from '../src/db/rows.js';
import * as t from '../src/db/schema.js';

// The write path's statements (src/db/rows.ts) must store and answer exactly what drizzle's own
// insert, update and select do: the drizzle tables stay the one description of stored data.
let db: Db;
beforeAll(() => {
  db = openDatabase(':memory:');
  migrateDatabase(db);
});
afterAll(() => db.$client.close());

const rows = <T extends typeof t.agreements | typeof t.changes | typeof t.names>(table: T) => tableRows(db.$client, table, rowShape(table, quotedTableName(table)));
const plain = (row: object | undefined) => JSON.parse(JSON.stringify(row ?? null));

describe('rows written through prepared statements are what drizzle writes', () => {
  it('inserts with the table defaults for columns left out, and encodes and decodes JSON columns', () => {
    const values = { handle: 'a', title: 'A', kind: AgreementKind.COOPERATION_AGREEMENT, status: AgreementStatus.DISCUSSED, scope: undefined };
    const ours = rows(t.agreements).insert(values) as t.AgreementRow;
    const theirs = db.insert(t.agreements).values({ ...values, handle: 'b' }).returning().get();
    expect(ours.topics).toEqual([]);
    expect({ ...plain(ours), id: 0, handle: '' }).toEqual({ ...plain(theirs), id: 0, handle: '' });
    const history = { at: '2026-01-01T00:00:00.000Z', actor: 'x', operation: 'y', entityType: 'Agreement', entityId: ours.id, before: null, after: plain(ours) };
    rows(t.changes).add(history);
    const stored = db.select().from(t.changes).where(eq(t.changes.entityId, ours.id)).get()!;
    expect(stored).toEqual({ ...history, id: stored.id, revertOfId: null });
    expect(plain(rows(t.changes).byId(stored.id))).toEqual(plain(stored));
  });

  it('updates only the columns given (null clears one, other keys are ignored), and answers nothing for a row that is not there', () => {
    const org = db.insert(t.organizations).values({ handle: 'o', kind: OrganizationKind.NATIONAL_OLYMPIC_COMMITTEE, name: 'O' }).returning().get();
    const values = { organizationId: org.id, value: 'Old', lang: 'en', kind: NameKind.ALIAS, note: 'a note' };
    const ours = rows(t.names).insert({ ...values, notAColumn: 1 }) as t.NameRow;
    const theirs = db.insert(t.names).values(values).returning().get();
    const patch = { value: 'New', note: null, lang: undefined };
    const updated = rows(t.names).update(ours.id, { ...patch, notAColumn: 2 });
    const expected = db.update(t.names).set(patch).where(eq(t.names.id, theirs.id)).returning().get();
    expect({ ...plain(updated), id: 0 }).toEqual({ ...plain(expected), id: 0 });
    expect(plain(updated)).toMatchObject({ value: 'New', lang: 'en', note: null });
    expect(rows(t.names).update(ours.id + 100, patch)).toBeUndefined();
    expect(rows(t.names).delete(ours.id)).toBe(true);
    expect(rows(t.names).delete(ours.id)).toBe(false);
    expect(rows(t.names).byId(ours.id)).toBeUndefined();
  });
});
