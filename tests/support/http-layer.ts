/** The HTTP layer alone, over a small schema, on loopback, with a logger whose lines a test can read. */
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { pino, type Logger } from 'pino';
import { createHttpServer, type HttpServerOptions } from '../../src/http/server.js';

export type LogLine = Record<string, unknown>;

/** A pino logger that keeps each line it writes, parsed (`logs`) and as written (`lines`). */
export function capturingLogger(): { logger: Logger; logs: LogLine[]; lines: string[] } {
  const logs: LogLine[] = [];
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, {
    write: (line: string) => {
      lines.push(line);
      logs.push(JSON.parse(line));
    },
  });
  return { logger, logs, lines };
}

export interface HttpLayer {
  url: string;
  port: number;
  /** Each log line parsed, and as written. */
  logs: LogLine[];
  lines: string[];
  close(): Promise<void>;
}

/** `slow` answers after `slowMs` (2 s by default): a request that keeps the server busy without a byte on the socket. */
export async function startHttpLayer(overrides: Partial<HttpServerOptions<BaseContext>> = {}, { slowMs = 2000 } = {}): Promise<HttpLayer> {
  const { logger, logs, lines } = capturingLogger();
  const apollo = new ApolloServer<BaseContext>({
    typeDefs: 'type Query { hello: String slow: String }',
    resolvers: {
      Query: {
        hello: () => 'world',
        slow: () => new Promise((resolve) => setTimeout(() => resolve('late'), slowMs).unref()),
      },
    },
    plugins: [ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false, // what src/server.ts must also do
  });
  await apollo.start();
  const server = createHttpServer({ apollo, context: () => ({}), ready: () => ({ ok: true, detail: {} }), logger, ide: true, ...overrides });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
  };
  return { url: `http://127.0.0.1:${port}`, port, logs, lines, close };
}
