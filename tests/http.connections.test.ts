import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_HTTP_LIMITS, httpLimits } from '../src/config.js';
import { startHttpLayer, type HttpLayer } from './support/http-layer.js';

/** What a raw socket received, and when (ms after connecting) the server closed it. */
interface Outcome { data: string; closedAfterMs: number }

/**
 * A raw client on loopback: connects, lets `act` write what it likes, and resolves when the
 * server closes the socket. Never waits longer than `giveUpMs`: then `closedAfterMs` is Infinity.
 */
function client(port: number, act: (socket: Socket) => void = () => {}, giveUpMs = 5000): { socket: Socket; outcome: Promise<Outcome> } {
  const started = Date.now();
  const socket = connect(port, '127.0.0.1');
  let data = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (data += chunk));
  socket.on('error', () => {}); // a reset is an outcome too, seen as 'close'
  socket.once('connect', () => act(socket));
  const outcome = new Promise<Outcome>((resolve) => {
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve({ data, closedAfterMs: Infinity });
    }, giveUpMs);
    socket.once('close', () => {
      clearTimeout(giveUp);
      resolve({ data, closedAfterMs: Date.now() - started });
    });
  });
  return { socket, outcome };
}

const healthz = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `text` on an open socket and resolves with the next complete answer to it. */
async function ask(socket: Socket, text: string): Promise<string> {
  let answer = '';
  const onData = (chunk: string) => (answer += chunk);
  socket.on('data', onData);
  socket.write(text);
  await vi.waitFor(() => expect(answer).toMatch(/\r\n\r\n\{"status":"ok"\}$/), { timeout: 2000, interval: 10 });
  socket.off('data', onData);
  return answer;
}

function jsonBody(data: string): unknown {
  return JSON.parse(data.slice(data.indexOf('\r\n\r\n') + 4));
}

let layer: HttpLayer | undefined;
afterAll(() => layer?.close());

describe('slow and idle clients', () => {
  it('are cut off: a silent connection at the headers timeout, a stalled or trickling body at the request timeout', async () => {
    layer = await startHttpLayer({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 800, socketIdleTimeoutMs: 5000 } });
    const silent = client(layer.port);
    const stalled = client(layer.port, (s) => s.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"q'));
    // A byte every 100 ms: never idle, but never done.
    const trickling = client(layer.port, (s) => {
      s.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n');
      const drip = setInterval(() => (s.writable ? s.write(' ') : clearInterval(drip)), 100);
      s.once('close', () => clearInterval(drip));
    });
    const [quiet, stall, trickle] = await Promise.all([silent.outcome, stalled.outcome, trickling.outcome]);

    expect(quiet.closedAfterMs).toBeGreaterThanOrEqual(250);
    expect(quiet.closedAfterMs).toBeLessThan(1500);
    for (const cut of [stall, trickle]) {
      // Past the headers timeout (their headers were in), within the request timeout and a check.
      expect(cut.closedAfterMs).toBeGreaterThanOrEqual(750);
      expect(cut.closedAfterMs).toBeLessThan(2500);
    }
    for (const { data } of [quiet, stall]) {
      expect(data).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(data).toMatch(/\r\nContent-Type: application\/json; charset=utf-8\r\n/);
      expect(jsonBody(data)).toEqual({
        errors: [{
          message: 'The request was not received in time: its headers must arrive within 300 ms and all of it within 800 ms.',
          extensions: { code: 'REQUEST_TIMEOUT' },
        }],
      });
    }
    expect(layer.logs.filter((l) => l.code === 'REQUEST_TIMEOUT').length).toBeGreaterThanOrEqual(2);
    await layer.close();
    layer = undefined;
  });

  it('are cut off when idle after an answer (keep-alive timeout) or when nothing moves on the socket (idle timeout)', async () => {
    layer = await startHttpLayer({ limits: { keepAliveTimeoutMs: 200, socketIdleTimeoutMs: 400 } }, { slowMs: 3000 });
    let answeredAt = 0;
    const kept = client(layer.port, (s) => {
      s.write(healthz);
      s.once('data', () => (answeredAt = Date.now()));
    });
    // A whole request whose answer takes longer than the idle timeout: no byte moves meanwhile.
    const body = JSON.stringify({ query: '{ slow }' });
    const waiting = client(layer.port, (s) => s.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`));
    const connectedAt = Date.now();
    const [keep, wait] = await Promise.all([kept.outcome, waiting.outcome]);

    expect(keep.data).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\{"status":"ok"\}$/);
    const idleAfterAnswer = connectedAt + keep.closedAfterMs - answeredAt;
    expect(idleAfterAnswer).toBeGreaterThanOrEqual(150);
    expect(idleAfterAnswer).toBeLessThan(1500);
    expect(wait.data).toBe('');
    expect(wait.closedAfterMs).toBeGreaterThanOrEqual(350);
    expect(wait.closedAfterMs).toBeLessThan(2000); // the answer would have come at 3 s
    await layer.close();
    layer = undefined;
  });
});

describe('requests node:http cannot parse', () => {
  it('are answered in JSON with a code, then closed: headers over 16 kB (431), not HTTP at all (400)', async () => {
    layer = await startHttpLayer();
    const [huge, garbage] = await Promise.all([
      client(layer.port, (s) => s.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Filler: ${'f'.repeat(20_000)}\r\n\r\n`)).outcome,
      client(layer.port, (s) => s.write('HELLO THERE\r\n\r\n')).outcome,
    ]);
    expect(huge.data).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(jsonBody(huge.data)).toEqual({ errors: [{ message: expect.stringContaining('headers are too large'), extensions: { code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' } }] });
    expect(garbage.data).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(jsonBody(garbage.data)).toEqual({ errors: [{ message: 'The request is not valid HTTP/1.1.', extensions: { code: 'BAD_REQUEST' } }] });
    for (const outcome of [huge, garbage]) expect(outcome.closedAfterMs).toBeLessThan(2000);
    await layer.close();
    layer = undefined;
  });
});

describe('a cap on connections', () => {
  it('closes connections over the cap at once, while those it holds are served, and accepts again when one leaves', async () => {
    layer = await startHttpLayer({ limits: { maxConnections: 3 } });
    const held = Array.from({ length: 3 }, () => client(layer!.port));
    for (const { socket } of held) {
      if (socket.connecting) await once(socket, 'connect');
      expect(await ask(socket, healthz)).toMatch(/^HTTP\/1\.1 200 OK\r\n/); // served, and so counted by the server
    }

    const refused = await client(layer.port, (s) => s.write(healthz)).outcome;
    expect(refused.data).toBe('');
    expect(refused.closedAfterMs).toBeLessThan(1000);
    // The held connections are still served.
    expect(await ask(held[1].socket, healthz)).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    await vi.waitFor(() => expect(layer!.logs.find((l) => l.msg?.toString().startsWith('closed connections over the cap'))).toMatchObject({
      level: 40, dropped: 1, maxConnections: 3,
    }), { timeout: 3000 });

    // One leaves: a newcomer is served (once the server has seen the close).
    held[0].socket.destroy();
    let newcomer = '';
    for (let attempt = 0; attempt < 20 && !newcomer.startsWith('HTTP/1.1 200'); attempt++) {
      await sleep(50);
      newcomer = (await client(layer.port, (s) => s.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 2000).outcome).data;
    }
    expect(newcomer).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\{"status":"ok"\}$/);
    for (const { socket } of held) socket.destroy();
  });
});

describe('the HTTP limits from the environment', () => {
  it('default to the documented values', () => {
    expect(httpLimits({})).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, socketIdleTimeoutMs: 30_000, maxConnections: 1_024 });
    expect(httpLimits({})).toEqual(DEFAULT_HTTP_LIMITS);
    expect(httpLimits({ HTTP_MAX_CONNECTIONS: ' 20 ', HTTP_SOCKET_IDLE_TIMEOUT_MS: '' }).maxConnections).toBe(20);
  });

  it('refuse a value that is not a whole number of at least 1, naming the variable', () => {
    for (const [name, value] of [['HTTP_HEADERS_TIMEOUT_MS', 'soon'], ['HTTP_REQUEST_TIMEOUT_MS', '0'], ['HTTP_KEEP_ALIVE_TIMEOUT_MS', '-5'],
      ['HTTP_SOCKET_IDLE_TIMEOUT_MS', '1.5'], ['HTTP_MAX_CONNECTIONS', '1e3'], ['HTTP_MAX_CONNECTIONS', '99999999999']]) {
      expect(() => httpLimits({ [name]: value }), `${name}=${value}`).toThrow(`${name} must be a whole number from 1 to 2147483647; got "${value}".`);
    }
    expect(() => httpLimits({ HTTP_HEADERS_TIMEOUT_MS: '40000' })).toThrow(
      'HTTP_HEADERS_TIMEOUT_MS (40000) must not be larger than HTTP_REQUEST_TIMEOUT_MS (30000): the headers are part of the request.',
    );
  });

  it('stop `npm start` with that message before it opens the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sportsgraph-http-env-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: new URL('..', import.meta.url).pathname,
        env: { ...process.env, DATABASE_PATH: join(dir, 'never.db'), PORT: '0', HTTP_MAX_CONNECTIONS: 'lots' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout!.on('data', (chunk) => (stdout += chunk));
      const [code] = await once(child, 'exit');
      expect(code).toBe(1);
      const fatal = JSON.parse(stdout.trim().split('\n').at(-1)!);
      expect(fatal).toMatchObject({ level: 60, msg: 'sportsgraph could not start', err: { message: 'HTTP_MAX_CONNECTIONS must be a whole number from 1 to 2147483647; got "lots".' } });
      expect(existsSync(join(dir, 'never.db'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
