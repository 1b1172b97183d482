/**
 * Opaque global ids: base64url of "<Type>:<row id>". Clients treat them as strings; the type
 * prefix lets `node(id:)` find the right table.
 */
import { InvalidIdError } from './errors.js';

export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: number } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,15})$/.exec(decoded);
  if (!match || toGlobalId(match[1], Number(match[2])) !== globalId) return null;
  return { type: match[1], id: Number(match[2]) };
}

/** The row id behind a global id of the expected type, or an INVALID_ID error. */
export function rowIdOf(globalId: string, type: string, argumentName = 'id'): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw new InvalidIdError(globalId, argumentName);
  return parsed.id;
}
