/**
 * API keys: 192 random bits, shown once at creation; only their SHA-256 is stored. A presented
 * key is found by its hash and the hashes are compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { ApiRole } from '../db/enums.js';
import { quotedTableName, rawStatement, rowShape } from '../db/rows.js';
import { apiKeys, type ApiKeyRow } from '../db/schema.js';

const PREFIX = 'sg_';

function hashOf(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function createKey(db: Db, name: string, role: ApiRole): { key: string; row: ApiKeyRow } {
  if (!/^[\w .@-]{1,80}$/.test(name)) throw new Error('A key name is 1 to 80 letters, digits, spaces or . _ @ -.');
  if (db.select().from(apiKeys).where(eq(apiKeys.name, name)).get()) throw new Error(`A key named "${name}" exists already.`);
  const key = `${PREFIX}${randomBytes(24).toString('base64url')}`;
  const row = db.insert(apiKeys).values({ name, role, hash: hashOf(key), createdAt: new Date().toISOString() }).returning().get();
  return { key, row };
}

export function listKeys(db: Db): ApiKeyRow[] {
  return db.select().from(apiKeys).orderBy(apiKeys.id).all();
}

export function revokeKey(db: Db, name: string): ApiKeyRow | undefined {
  return db.update(apiKeys).set({ revokedAt: new Date().toISOString() }).where(eq(apiKeys.name, name)).returning().get();
}

const keyShape = rowShape(apiKeys, 'k');
// Every request that sends a key runs this: prepared once per connection, not per request.
const KEY_BY_HASH = `SELECT ${keyShape.selectList} FROM ${quotedTableName(apiKeys)} AS k WHERE k."${apiKeys.hash.name}" = ?`;

/** The live key row a presented key belongs to, or null. */
export function verifyKey(db: Db, presented: string): ApiKeyRow | null {
  const hash = hashOf(presented);
  const values = rawStatement(db.$client, KEY_BY_HASH).get(hash);
  const row = values && (keyShape.build(values) as ApiKeyRow);
  if (!row || row.revokedAt) return null;
  return timingSafeEqual(Buffer.from(row.hash, 'hex'), Buffer.from(hash, 'hex')) ? row : null;
}

/** Who is calling: nobody, a key that did not verify, or a live key with its role. */
export type Viewer = { kind: 'anonymous' } | { kind: 'invalid' } | { kind: 'key'; name: string; role: ApiRole };

export function viewerOf(db: Db, authorization: string | null | undefined): Viewer {
  if (!authorization) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const row = match ? verifyKey(db, match[1]) : null;
  return row ? { kind: 'key', name: row.name, role: row.role } : { kind: 'invalid' };
}
