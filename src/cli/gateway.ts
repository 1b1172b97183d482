/**
 * `npm run gateway -- [--subgraph name=url ...]`: a local supergraph over the running sportsgraph
 * (its federation subgraph at SPORTSGRAPH_URL, default http://127.0.0.1:4000/subgraph) and the subgraphs given, served on
 * GATEWAY_PORT (default 4100).
 */
import { parseArgs } from 'node:util';
import { host, isProduction, shutdownGraceMs } from '../config.js';
import { parseSubgraph, startGateway } from '../gateway.js';
import { createLogger } from '../logger.js';

const logger = createLogger();
try {
  const { values } = parseArgs({ options: { subgraph: { type: 'string', multiple: true } } });
  const sportsgraph = { name: 'sportsgraph', url: process.env.SPORTSGRAPH_URL ?? 'http://127.0.0.1:4000/subgraph' };
  const subgraphs = [sportsgraph, ...(values.subgraph ?? []).map(parseSubgraph)];
  const port = Number(process.env.GATEWAY_PORT ?? 4100);
  const gateway = await startGateway({ subgraphs, port, host: host(), production: isProduction(), logger, shutdownGraceMs: shutdownGraceMs() });
  logger.info({ url: gateway.url, subgraphs }, `gateway is serving ${gateway.url}`);
  // As the server: requests in flight are answered (SHUTDOWN_GRACE_MS at most), then exit 0.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void gateway.close().then(() => process.exit(0)));
} catch (error) {
  // Bad arguments and unreachable subgraphs are the user's to fix: one readable line, no stack.
  logger.fatal({ reason: error instanceof Error ? error.message : String(error) }, 'the gateway could not start');
  process.exit(1);
}
