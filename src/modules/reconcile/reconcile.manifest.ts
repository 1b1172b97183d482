/** The service manifest (GET /reconcile): what OpenRefine reads when the service is added. */
import { PREVIEW_SIZE } from './reconcile.preview.js';
import { RECONCILE_TYPES } from './reconcile.types.js';

/** The most queries one batch may hold; a larger batch is answered 413, as the API allows. */
export const MAX_BATCH = 100;
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;

/** `origin` is the server's own (`http://host:port`), from which every URL is made. */
export function manifest(origin: string) {
  const base = `${origin}/reconcile`;
  return {
    versions: ['0.2'],
    name: 'sportsgraph: organisations, people and countries of the sports movement',
    identifierSpace: `${base}/preview?id=`,
    schemaSpace: 'http://www.popoloproject.com/specs/',
    defaultTypes: Object.entries(RECONCILE_TYPES).map(([id, type]) => ({ id, name: id, description: type.description })),
    view: { url: `${base}/preview?id={{id}}` },
    preview: { url: `${base}/preview?id={{id}}`, ...PREVIEW_SIZE },
    suggest: {
      entity: { service_url: base, service_path: '/suggest/entity' },
      type: { service_url: base, service_path: '/suggest/type' },
      property: { service_url: base, service_path: '/suggest/property' },
    },
    batchSize: MAX_BATCH,
  };
}
