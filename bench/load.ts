/**
 * A small HTTP load client on node:http: a fixed number of keep-alive connections, each sending
 * its next request as soon as the last is answered (closed loop), for a fixed time and at most a
 * fixed count. Loopback only. Latencies are kept per kind of request, so a mixed run can report
 * the light requests alone.
 */
import http from 'node:http';

export interface Reply {
  status: number;
  body: Buffer;
  ms: number;
}

export interface LoadRequest {
  kind: string;
  body: Buffer;
}

export interface LoadResult {
  elapsedMs: number;
  /** Latencies in ms of the answered requests, by kind. */
  latencies: Record<string, number[]>;
  /** Requests answered with a status other than 200 or with GraphQL errors, or that failed. */
  errors: number;
  firstError?: string;
}

/** Sends one POST /graphql on the agent and reads the whole answer. */
export function post(port: number, body: Buffer | string, agent: http.Agent, headers: Record<string, string> = {}): Promise<Reply> {
  const payload = typeof body === 'string' ? Buffer.from(body) : body;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.setTimeout(120_000, () => req.destroy(new Error('no answer within 120 s')));
    req.on('error', reject);
    req.end(payload);
  });
}

export const keepAliveAgent = (connections: number) => new http.Agent({ keepAlive: true, maxSockets: connections });

/** A 200 whose body carries no GraphQL `errors` (searched as bytes: the body is not parsed). */
export const succeeded = (reply: Reply) => reply.status === 200 && reply.body.indexOf('"errors"') === -1;

/**
 * Runs `connections` closed loops for `durationMs` (and at most `maxRequests` in all). Requests
 * in flight when time is up are awaited, so a slow one still counts.
 */
export async function runLoad(options: {
  port: number;
  connections: number;
  durationMs: number;
  maxRequests: number;
  next: () => LoadRequest;
  headers?: Record<string, string>;
  /** What counts as success; by default a 200 without GraphQL errors. */
  ok?: (reply: Reply) => boolean;
  /** Told when each request is over, answered or not. */
  onDone?: (request: LoadRequest) => void;
}): Promise<LoadResult> {
  const ok = options.ok ?? succeeded;
  const agent = keepAliveAgent(options.connections);
  const result: LoadResult = { elapsedMs: 0, latencies: {}, errors: 0 };
  const started = performance.now();
  const deadline = started + options.durationMs;
  let issued = 0;
  const loop = async () => {
    while (performance.now() < deadline && issued < options.maxRequests) {
      issued += 1;
      const request = options.next();
      try {
        const reply = await post(options.port, request.body, agent, options.headers);
        if (succeeded(reply) && ok(reply)) (result.latencies[request.kind] ??= []).push(reply.ms);
        else {
          result.errors += 1;
          result.firstError ??= `${reply.status} ${reply.body.subarray(0, 300).toString()}`;
        }
      } catch (error) {
        result.errors += 1;
        result.firstError ??= String(error);
      } finally {
        options.onDone?.(request);
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  result.elapsedMs = performance.now() - started;
  agent.destroy();
  return result;
}

/** The q-quantile (0..1) of the values, nearest rank. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
