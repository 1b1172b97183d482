/**
 * The open-data endpoints beside /graphql: the reconciliation service for OpenRefine (/reconcile,
 * W3C Entity Reconciliation CG API 0.2) and network pictures (/network/<handle>.svg). Each reads
 * through the GraphQL schema (shared/operation.ts), so it answers as the API would, limits included.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_DEPTH } from '../modules/graph/graph.service.js';
import { networkSvg } from '../modules/picture/network.svg.js';
import { manifest } from '../modules/reconcile/reconcile.manifest.js';
import { PREVIEW_CSP, previewHtml } from '../modules/reconcile/reconcile.preview.js';
import { BadBatchError, parseBatch } from '../modules/reconcile/reconcile.request.js';
import { reconcileBatch, suggestEntities } from '../modules/reconcile/reconcile.service.js';
import { RECONCILE_PROPERTIES, RECONCILE_TYPES } from '../modules/reconcile/reconcile.types.js';
import { OperationError, type RunOperation } from '../shared/operation.js';
import { allowMethods, HttpError, readBody, sendJson } from './exchange.js';

interface OpenDataRequest {
  req: IncomingMessage;
  res: ServerResponse;
  params: URLSearchParams;
  run: RunOperation;
}

const NETWORK_PICTURE = /^\/network\/([^/]+)\.svg$/;
/** A JSONP callback: a dotted JavaScript name, nothing a script could be smuggled in. */
const CALLBACK = /^[A-Za-z_$][\w$]{0,63}(\.[A-Za-z_$][\w$]{0,63}){0,3}$/;
const SUGGEST_PAGE = 10;

/** The handler for `path`, or undefined when it is not an open-data path. */
export function openDataRoute(path: string): ((request: OpenDataRequest) => Promise<void>) | undefined {
  if (path === '/reconcile' || path === '/reconcile/') return (r) => answering(r, reconcile);
  if (path === '/reconcile/preview') return (r) => answering(r, preview);
  if (path.startsWith('/reconcile/suggest/')) {
    const kind = path.slice('/reconcile/suggest/'.length);
    if (kind === 'entity' || kind === 'type' || kind === 'property') return (r) => answering(r, (request) => suggest(request, kind));
  }
  const picture = NETWORK_PICTURE.exec(path);
  if (picture) return (r) => answering(r, (request) => networkPicture(request, decodedHandle(picture[1]!)));
  return undefined;
}

/** The GraphQL errors an open-data request may meet, as HTTP errors with the same code and message. */
async function answering(request: OpenDataRequest, handler: (request: OpenDataRequest) => Promise<void>): Promise<void> {
  try {
    await handler(request);
  } catch (error) {
    if (error instanceof OperationError && error.code !== 'INTERNAL_SERVER_ERROR') {
      throw new HttpError(400, error.code, error.message);
    }
    throw error;
  }
}

async function reconcile(request: OpenDataRequest): Promise<void> {
  const { req, params } = request;
  allowMethods(req, ['GET', 'POST']);
  const queries = req.method === 'POST' ? formField(await readBody(req), req.headers['content-type']) : params.get('queries');
  if (queries === null) return sendReconcile(request, manifest(origin(req)));
  try {
    return sendReconcile(request, await reconcileBatch(request.run, parseBatch(queries)));
  } catch (error) {
    if (error instanceof BadBatchError) throw new HttpError(error.tooLarge ? 413 : 400, 'BAD_USER_INPUT', error.message);
    throw error;
  }
}

async function suggest(request: OpenDataRequest, kind: 'entity' | 'type' | 'property'): Promise<void> {
  allowMethods(request.req, ['GET']);
  const prefix = request.params.get('prefix')?.trim() ?? '';
  if (!prefix) throw new HttpError(400, 'BAD_USER_INPUT', '`prefix` must not be empty.');
  const cursorText = request.params.get('cursor') ?? '0';
  if (!/^\d{1,4}$/.test(cursorText)) throw new HttpError(400, 'BAD_USER_INPUT', '`cursor` must be a whole number of suggestions to skip, at most 9999.');
  const cursor = Number(cursorText);
  if (kind === 'entity') {
    return sendReconcile(request, { result: await suggestEntities(request.run, prefix, cursor, SUGGEST_PAGE) });
  }
  const vocabulary = kind === 'type'
    ? Object.entries(RECONCILE_TYPES).map(([id, type]) => ({ id, name: id, description: type.description }))
    : Object.entries(RECONCILE_PROPERTIES).map(([id, property]) => ({ id, name: property.name, description: property.description }));
  const lower = prefix.toLowerCase();
  const result = vocabulary.filter((item) => item.id.toLowerCase().startsWith(lower) || item.name.toLowerCase().startsWith(lower));
  return sendReconcile(request, { result: result.slice(cursor, cursor + SUGGEST_PAGE) });
}

async function preview({ req, res, params, run }: OpenDataRequest): Promise<void> {
  allowMethods(req, ['GET', 'HEAD']);
  const id = params.get('id');
  if (!id) throw new HttpError(400, 'BAD_USER_INPUT', '`id` must be the id of an organisation, person or country.');
  let html: string | null;
  try {
    html = await previewHtml(run, id);
  } catch (error) {
    if (!(error instanceof OperationError && error.code === 'INVALID_ID')) throw error;
    html = null;
  }
  if (html === null) throw new HttpError(404, 'NOT_FOUND', 'No organisation, person or country has this id.');
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': PREVIEW_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'access-control-allow-origin': '*',
  });
  res.end(html);
}

async function networkPicture({ req, res, params, run }: OpenDataRequest, handle: string): Promise<void> {
  allowMethods(req, ['GET', 'HEAD']);
  const depthText = params.get('depth') ?? String(DEFAULT_DEPTH);
  if (!/^\d{1,3}$/.test(depthText)) throw new HttpError(400, 'BAD_USER_INPUT', '`depth` must be a whole number of hops.');
  const svg = await networkSvg(run, { handle, depth: Number(depthText), lang: params.get('lang') });
  if (svg === null) throw new HttpError(404, 'NOT_FOUND', 'No organisation or person has this handle.');
  res.writeHead(200, {
    'content-type': 'image/svg+xml; charset=utf-8',
    // The picture's names are data: nothing in it may run or load.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(svg);
}

/**
 * A reconciliation answer: JSON with CORS open to every origin, as the API requires of every
 * endpoint (the data are public and nothing is written), or JSONP when a GET names a `callback`.
 */
function sendReconcile({ req, res, params }: OpenDataRequest, body: unknown): void {
  const callback = req.method === 'GET' ? params.get('callback') : null;
  if (callback === null) return sendJson(res, 200, body, { 'access-control-allow-origin': '*' });
  if (!CALLBACK.test(callback)) throw new HttpError(400, 'BAD_USER_INPUT', '`callback` must be a JavaScript name such as `handle` or `app.handle`.');
  const text = `/**/${callback}(${JSON.stringify(body)});`;
  res.writeHead(200, {
    'content-type': 'application/javascript; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** The `queries` field of a form body (application/x-www-form-urlencoded, as the API sends it). */
function formField(body: string, contentType: string | undefined): string | null {
  const mimeType = contentType?.split(';')[0]!.trim().toLowerCase();
  if (mimeType !== 'application/x-www-form-urlencoded') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'POST the batch as application/x-www-form-urlencoded, in a field named `queries`.');
  }
  const queries = new URLSearchParams(body).get('queries');
  if (queries === null) throw new HttpError(400, 'BAD_USER_INPUT', 'The form has no `queries` field.');
  return queries;
}

/** A handle as written in the path; one that is no valid percent-encoding names nothing. */
function decodedHandle(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** This server's origin as the client reached it (the Host header, when it is a plain host and port). */
function origin(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return `http://${/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? host : 'localhost'}`;
}
