/**
 * The baseline over HTTP: plain node:http in front of bench/baseline.ts, answering the same
 * POST /graphql bodies as the project (JSON `{ query, operationName, variables }`) and /readyz.
 * Settings come from the environment as for src/main.ts: DATABASE_PATH, PORT, HOST, and
 * WEB_CONCURRENCY, which forks that many node:cluster workers when above 1, so the baseline runs
 * as many processes as the project is given.
 */
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import Database from 'better-sqlite3';
import { Baseline } from './baseline.js';

const MAX_BODY_BYTES = 1024 * 1024;
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? 1) || 1);

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    console.error(`baseline worker ${worker.process.pid} exited with ${code}`);
    process.exit(1);
  });
} else {
  serve();
}

function serve(): void {
  const db = new Database(process.env.DATABASE_PATH ?? './data/sportsgraph.db');
  // The project's pragmas (src/db/client.ts), so both sides read and write the file alike.
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  const baseline = new Baseline(db);
  const journal = JSON.parse(readFileSync(new URL('../schema/migrations/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] };
  const applied = db.prepare('SELECT count(*) AS n FROM __drizzle_migrations');

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };

  const server = http.createServer((req, res) => {
    if (req.url === '/readyz') {
      const ok = (applied.get() as { n: number }).n >= journal.entries.length;
      return send(res, ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable' });
    }
    if (req.url !== '/graphql' || req.method !== 'POST') return send(res, 404, { errors: [{ message: 'Not found.' }] });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return send(res, 413, { errors: [{ message: 'Request body is larger than 1 MB.' }] });
      try {
        send(res, 200, baseline.execute(JSON.parse(Buffer.concat(chunks).toString('utf8')), req.headers.authorization));
      } catch (error) {
        send(res, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
      }
    });
  });
  server.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? '127.0.0.1');
}
