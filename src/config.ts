/** Settings read from the environment, with the defaults the README documents. */
export function databasePath(): string {
  return process.env.DATABASE_PATH ?? './data/sportsgraph.db';
}

export function port(): number {
  const value = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535; got "${process.env.PORT}".`);
  }
  return value;
}

/** The interface to listen on: loopback unless HOST says otherwise (0.0.0.0 for every interface). */
export function host(): string {
  return process.env.HOST ?? '127.0.0.1';
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production';
}

/** A shared secret a trusted gateway sends to get federated traces (`ftv1`); unset: no traces for anyone. */
export function gatewayTraceToken(): string | undefined {
  return process.env.GATEWAY_TRACE_TOKEN || undefined;
}

/** How long the HTTP server waits for clients, and how many it serves at once (see README). */
export interface HttpLimits {
  /** From the first byte of a request (or of the connection) until its headers are in. */
  headersTimeoutMs: number;
  /** From the first byte until the whole request, body included, is in (the answer is not counted). */
  requestTimeoutMs: number;
  /** How long a kept-alive connection may wait, idle, for its next request. */
  keepAliveTimeoutMs: number;
  /** How long nothing may move on a socket, either way; must outlast the longest execution. */
  socketIdleTimeoutMs: number;
  /** Open connections at once; one more is closed as soon as it is accepted. */
  maxConnections: number;
}

const HTTP_LIMIT_VARIABLES: Record<keyof HttpLimits, { env: string; value: number }> = {
  headersTimeoutMs: { env: 'HTTP_HEADERS_TIMEOUT_MS', value: 10_000 },
  requestTimeoutMs: { env: 'HTTP_REQUEST_TIMEOUT_MS', value: 30_000 },
  keepAliveTimeoutMs: { env: 'HTTP_KEEP_ALIVE_TIMEOUT_MS', value: 5_000 },
  socketIdleTimeoutMs: { env: 'HTTP_SOCKET_IDLE_TIMEOUT_MS', value: 30_000 },
  maxConnections: { env: 'HTTP_MAX_CONNECTIONS', value: 1_024 },
};

export const DEFAULT_HTTP_LIMITS = Object.fromEntries(
  Object.entries(HTTP_LIMIT_VARIABLES).map(([key, { value }]) => [key, value]),
) as unknown as Readonly<HttpLimits>;

/** The HTTP limits from the environment, the defaults where a variable is unset; a bad value stops start-up with its name. */
export function httpLimits(env: NodeJS.ProcessEnv = process.env): HttpLimits {
  const limits = {} as HttpLimits;
  for (const [key, { env: name, value }] of Object.entries(HTTP_LIMIT_VARIABLES) as [keyof HttpLimits, { env: string; value: number }][]) {
    const raw = env[name]?.trim();
    const parsed = raw === undefined || raw === '' ? value : /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(parsed) || parsed < 1 || parsed > 2_147_483_647) {
      throw new Error(`${name} must be a whole number from 1 to 2147483647; got "${env[name]}".`);
    }
    limits[key] = parsed;
  }
  // node:http refuses this too, with a message that names neither variable.
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new Error(
      `HTTP_HEADERS_TIMEOUT_MS (${limits.headersTimeoutMs}) must not be larger than HTTP_REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs}): the headers are part of the request.`,
    );
  }
  return limits;
}

/**
 * The origins whose web pages may call the API (CORS): `*` (the default: a public read API that
 * authenticates with bearer keys, never cookies) or a comma-separated list of origins such as
 * `https://app.example.org,http://localhost:5173`. A bad entry stops start-up with its name.
 */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): '*' | string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (raw === undefined || raw === '' || raw === '*') return '*';
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      // named below
    }
    // An origin is a scheme, a host and a port, nothing more: what a browser sends in `Origin`.
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new Error(`CORS_ORIGINS must be * or a comma-separated list of origins such as https://app.example.org (no path, no trailing slash); got "${origin}".`);
    }
    return origin;
  });
}

/** Seconds a shared cache may keep the answer to an anonymous query (`Cache-Control: max-age`); 0: none. */
export function cacheMaxAge(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CACHE_MAX_AGE?.trim();
  if (raw === undefined || raw === '') return 60;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value > 31_536_000) {
    throw new Error(`CACHE_MAX_AGE must be a whole number of seconds from 0 to 31536000 (a year); got "${env.CACHE_MAX_AGE}".`);
  }
  return value;
}
