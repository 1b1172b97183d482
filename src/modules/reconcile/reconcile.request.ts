/**
 * A reconciliation query batch as sent (the JSON text of the `queries` parameter), checked against
 * what reconciliation-query-batch.json allows and what this service offers. A batch that breaks
 * either is refused whole, with a message naming the query and field.
 */
import { DEFAULT_LIMIT, MAX_BATCH, MAX_LIMIT } from './reconcile.manifest.js';
import {
  isReconcileProperty, isReconcileType, RECONCILE_PROPERTIES, RECONCILE_TYPES, type ReconcileQuery,
} from './reconcile.types.js';

/** What was wrong with a batch; `tooLarge` for one over MAX_BATCH queries. */
export class BadBatchError extends Error {
  constructor(message: string, readonly tooLarge = false) {
    super(message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseBatch(text: string): Record<string, ReconcileQuery> {
  let batch: unknown;
  try {
    batch = JSON.parse(text);
  } catch {
    throw new BadBatchError('`queries` is not valid JSON.');
  }
  if (!isRecord(batch)) throw new BadBatchError('`queries` must be a JSON object of queries by key, e.g. {"q0":{"query":"Qatar Olympic Committee"}}.');
  const keys = Object.keys(batch);
  if (keys.length > MAX_BATCH) throw new BadBatchError(`A batch holds at most ${MAX_BATCH} queries; this one has ${keys.length}.`, true);
  return Object.fromEntries(keys.map((key) => [key, parseQuery(key, batch[key])]));
}

function parseQuery(key: string, raw: unknown): ReconcileQuery {
  const fail = (message: string): never => {
    throw new BadBatchError(`Query "${key.slice(0, 40)}": ${message}`);
  };
  if (!isRecord(raw)) return fail('must be an object.');
  const { query, type, limit, properties, type_strict: typeStrict, ...rest } = raw;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) fail(`\`${unknown.slice(0, 40)}\` is not a field of a query (query, type, limit, properties, type_strict).`);
  if (query !== undefined && typeof query !== 'string') fail('`query` must be a string.');
  if (query === undefined && !(Array.isArray(properties) && properties.length)) fail('needs a `query` or at least one property.');
  const types = type === undefined ? [] : Array.isArray(type) ? type : [type];
  for (const t of types) {
    if (typeof t !== 'string' || !isReconcileType(t)) fail(`\`type\` must be one of ${Object.keys(RECONCILE_TYPES).join(', ')}.`);
  }
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT)) {
    fail(`\`limit\` must be a whole number from 0 to ${MAX_LIMIT}.`);
  }
  if (typeStrict !== undefined && !['any', 'should', 'all'].includes(typeStrict as string)) fail('`type_strict` must be any, should or all.');
  if (properties !== undefined && !Array.isArray(properties)) fail('`properties` must be an array of {pid, v}.');
  const conditions = ((properties ?? []) as unknown[]).map((property) => {
    if (!isRecord(property) || typeof property.pid !== 'string' || property.v === undefined) return fail('each property must be {pid, v}.');
    const { pid, v } = property;
    if (!isReconcileProperty(pid)) return fail(`property \`${pid.slice(0, 40)}\` is not one of ${Object.keys(RECONCILE_PROPERTIES).join(', ')}.`);
    // A value may be a string, or an entity already reconciled ({id, name}) whose name is the code.
    const values = (Array.isArray(v) ? v : [v]).map((value) => (isRecord(value) ? value.name ?? value.id : value));
    if (!values.length || values.some((value) => typeof value !== 'string')) return fail(`property \`${pid}\` takes text values.`);
    return { pid, values: values as string[] };
  });
  return { query: query as string | undefined, types: types as ReconcileQuery['types'], limit: (limit as number | undefined) ?? DEFAULT_LIMIT, conditions };
}
