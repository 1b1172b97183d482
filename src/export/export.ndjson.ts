/**
 * NDJSON: a header record (`"type":"meta"`: date, registry version, licence), then one record per
 * line, `{"type":"organization",...}`, every kind in turn; each citable record carries its citations.
 */
import type { Writable } from 'node:stream';
import type { Db } from '../db/client.js';
import type { ExportMeta } from './export.meta.js';
import { citationsOf, readRows } from './export.read.js';
import { recordKinds } from './export.records.js';
import type { Scope } from './export.scope.js';
import { put } from './export.stream.js';

export async function writeNdjson(db: Db, scope: Scope, meta: ExportMeta, out: Writable, tick: () => void): Promise<void> {
  await put(out, `${JSON.stringify({ type: 'meta', ...meta })}\n`);
  for (const kind of recordKinds) {
    const citations = citationsOf(db, kind);
    for (const { rowId, row } of readRows(db, kind, scope)) {
      const record = kind.cited ? { type: kind.type, ...row, citations: citations(rowId) } : { type: kind.type, ...row };
      await put(out, `${JSON.stringify(record)}\n`);
      tick();
    }
  }
}
