/** The HTTP front door on plain node:http: /graphql through Apollo, /subgraph for gateways, health probes, metrics, the offline IDE and the export downloads. */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from '../config.js';
import { countingStatements } from '../db/client.js';
import { clip } from '../shared/client-text.js';
import { guardConnections, serverOptions } from './connections.js';
import { answerPreflight, applyCors, type CorsOrigins } from './cors.js';
import { endAnswer, setCachingHeaders } from './http-caching.js';
import type { IdleWatch } from './idle-memory.js';
import { assetResponse, IDE_ASSET_PREFIX, ideAsset, renderGraphiqlPage, renderVoyagerPage, type IdePage } from './ide.js';
import { Metrics } from './metrics.js';
import { openDataRoute } from './open-data.js';
import { allowMethods, HttpError, readBody, sendJson } from './exchange.js';
import { requestIdOf } from './request-id.js';
import { requestNotes, type RequestNotes } from './request-notes.js';
import { operationRunner } from '../shared/operation.js';
import { answerHTTPGraphQL } from '../repeated-queries.js';

/**
 * Arrays and objects within arrays and objects in a JSON body. graphql-js checks variables
 * recursively and overflows the stack at a few thousand levels; no honest request needs 64
 * (a filter at its own bounds nests about 25).
 */
const MAX_JSON_DEPTH = 64;

export interface HttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The federation subgraph schema (`_entities`, `_service`), served at /subgraph for gateways; none: 404 there. */
  subgraph?: ApolloServer<TContext>;
  /** `notes` carries the request's id and logger into the context, and what GraphQL found back out (request-notes.ts). */
  context: (request: IncomingMessage, notes: RequestNotes) => Promise<TContext> | TContext;
  /** Must not throw; a throw is still answered with 503. */
  ready: () => { ok: boolean; detail: Record<string, unknown> };
  logger: Logger;
  ide: boolean;
  /** Timeouts and the connection cap; DEFAULT_HTTP_LIMITS for any not given. */
  limits?: Partial<HttpLimits>;
  /** Told when each request begins and ends, to give memory back when none comes (idle-memory.ts). */
  idle?: IdleWatch;
  /** Origins whose pages may call /graphql (CORS_ORIGINS); `*` by default. */
  corsOrigins?: CorsOrigins;
  /** Serves `/export/...` (src/export/export.http.ts); absent: those paths are 404. */
  exports?: ExportRoute;
}

/** Answers a GET under `/export/`; throws HttpError for what it refuses. */
export type ExportRoute = (path: string, search: string, res: ServerResponse) => Promise<void>;

/** The options with what the server adds: its metrics, and the CORS default. */
type Handled<TContext extends BaseContext> = HttpServerOptions<TContext> & { metrics: Metrics; corsOrigins: CorsOrigins };

export function createHttpServer<TContext extends BaseContext>(options: HttpServerOptions<TContext>): http.Server {
  const { logger, idle } = options;
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  const handled: Handled<TContext> = { ...options, metrics: new Metrics(), corsOrigins: options.corsOrigins ?? '*' };
  const server = http.createServer(serverOptions(limits), (req, res) => {
    const started = performance.now();
    idle?.begin();
    const url = req.url ?? '/';
    const queryStart = url.includes('?') ? url.indexOf('?') : url.length;
    const path = url.slice(0, queryStart);
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    const notes = requestNotes(requestId, logger);
    // 'close' fires for finished and aborted responses alike: exactly one line per request.
    res.on('close', () => {
      idle?.end();
      const seconds = (performance.now() - started) / 1000;
      const { operationName, errorCodes } = notes;
      const aborted = res.writableFinished ? undefined : true;
      logger.info({ requestId, method: req.method, path: clip(path), status: res.statusCode, durationMs: Math.round(seconds * 10_000) / 10, operationName, errorCodes, aborted }, 'request');
      handled.metrics.record({ method: req.method, path, status: res.statusCode, seconds, operationName, resolved: notes.resolved, errorCodes });
    });
    route(handled, req, res, path, url.slice(queryStart), notes).catch((error: unknown) => {
      if (!(error instanceof HttpError)) notes.logger.error({ err: error, path: clip(path) }, 'request failed');
      const answered = error instanceof HttpError ? error : new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      notes.errorCodes = [answered.code];
      sendError(res, answered);
    });
  });
  guardConnections(server, limits, logger);
  return server;
}

async function route<TContext extends BaseContext>(
  options: Handled<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  search: string,
  notes: RequestNotes,
): Promise<void> {
  if (path === '/graphql') {
    applyCors(options.corsOrigins, req, res);
    if (req.method === 'OPTIONS') return answerPreflight(options.corsOrigins, req, res);
    allowMethods(req, ['GET', 'POST', 'OPTIONS']);
    if (options.ide && req.method === 'GET' && /\btext\/html\b/i.test(req.headers.accept ?? '')) {
      return sendIdePage(res, renderGraphiqlPage());
    }
    return executeGraphQL(options.apollo, options.context, req, res, search, notes);
  }
  if (path === '/subgraph' && options.subgraph) {
    allowMethods(req, ['GET', 'POST']);
    return executeGraphQL(options.subgraph, options.context, req, res, search, notes);
  }
  if (path === '/healthz') {
    allowMethods(req, ['GET', 'HEAD']);
    return sendJson(res, 200, { status: 'ok' });
  }
  if (path === '/readyz') {
    allowMethods(req, ['GET', 'HEAD']);
    const { ok, detail } = checkReadiness(options.ready, options.logger);
    return sendJson(res, ok ? 200 : 503, { ...detail, status: ok ? 'ready' : 'unavailable' });
  }
  if (path === '/metrics') {
    allowMethods(req, ['GET', 'HEAD']);
    const { contentType, body } = await options.metrics.render();
    res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
    res.end(body);
    return;
  }
  if (options.ide && path === '/voyager') {
    allowMethods(req, ['GET', 'HEAD']);
    return sendIdePage(res, renderVoyagerPage());
  }
  if (options.exports && path.startsWith('/export/')) {
    allowMethods(req, ['GET']);
    return options.exports(path, search, res);
  }
  const asset = options.ide && path.startsWith(IDE_ASSET_PREFIX) ? await ideAsset(path.slice(IDE_ASSET_PREFIX.length)) : undefined;
  if (asset) {
    allowMethods(req, ['GET', 'HEAD']);
    const { headers, body } = assetResponse(asset, req.headers['accept-encoding']);
    res.writeHead(200, headers);
    res.end(body);
    return;
  }
  const openData = openDataRoute(path);
  if (openData) return openData({ req, res, params: new URLSearchParams(search), run: operationRunner(options.apollo, () => options.context(req, notes)) });
  throw new HttpError(404, 'NOT_FOUND', 'Not found.');
}

async function executeGraphQL<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: HttpServerOptions<TContext>['context'],
  req: IncomingMessage,
  res: ServerResponse,
  search: string,
  notes: RequestNotes,
): Promise<void> {
  const body = req.method === 'POST' ? parseBody(await readBody(req), req.headers['content-type']) : undefined;
  const operationName = isRecord(body) ? body.operationName : new URLSearchParams(search).get('operationName');
  if (typeof operationName === 'string' && operationName !== '') notes.operationName = clip(operationName);

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  // Each request counts its own SQL statements (reported as extensions.sqlStatements outside production).
  const { result: response } = await countingStatements(() =>
    answerHTTPGraphQL(apollo, { method: req.method ?? 'GET', headers, search, body }, async () => context(req, notes)),
  );
  res.statusCode = response.status ?? 200;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  setCachingHeaders(res);
  if (response.body.kind === 'complete') {
    // Refused before GraphQL ran (no query, a bad Accept): the rare answer whose codes we read from its text.
    if (res.statusCode >= 400 && !notes.errorCodes) notes.errorCodes = errorCodesIn(response.body.string);
    return endAnswer(req, res, response.body.string);
  }
  // Incremental delivery (multipart/mixed): forward each part as Apollo produces it.
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function checkReadiness(ready: HttpServerOptions<BaseContext>['ready'], logger: Logger): ReturnType<typeof ready> {
  try {
    return ready();
  } catch (error) {
    logger.warn({ err: error }, 'readiness check threw');
    return { ok: false, detail: { reason: 'readiness check failed' } };
  }
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  const mimeType = contentType?.split(';')[0].trim().toLowerCase();
  if (mimeType !== 'application/json') return raw; // Apollo answers other types with its own 400
  const depth = raw.length > 2 * MAX_JSON_DEPTH ? jsonDepth(raw) : 0;
  if (depth > MAX_JSON_DEPTH) {
    throw new HttpError(400, 'BAD_REQUEST', `The request body nests arrays and objects ${depth} deep; at most ${MAX_JSON_DEPTH} levels are accepted.`);
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

/** How deep the JSON text nests arrays and objects, by one pass over the text (strings skipped). */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

function sendIdePage(res: ServerResponse, { html, contentSecurityPolicy }: IdePage): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': contentSecurityPolicy,
    'cache-control': 'no-store', // the page names the current bundle
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  });
  res.end(html);
}

function sendError(res: ServerResponse, error: HttpError): void {
  if (res.headersSent) {
    res.destroy(); // too late for a clean error: cut the response so the client sees it failed
    return;
  }
  sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] }, error.headers);
}

function errorCodesIn(text: string): string[] | undefined {
  try {
    const { errors } = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    return errors?.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
