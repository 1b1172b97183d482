/**
 * Runs one costly query off the main thread (see heavy-queries.ts). Each worker thread keeps its
 * own connection and schema, made on its first query; reads in WAL mode see every committed write.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { workerData } from 'piscina';
import type { ApolloServer } from '@apollo/server';
import { createContext, type Context } from '../context.js';
import { countingStatements, openDatabase, statementsRunTotal, type Db } from '../db/client.js';
import { createLogger } from '../logger.js';
import { createApolloServer } from '../server.js';
import type { HeavyQuery, HeavyQueryAnswer, HeavyQueryWorkerData } from './heavy-queries.js';

const { databasePath, limits, production } = workerData as HeavyQueryWorkerData;
const logger = createLogger();
let ready: Promise<{ db: Db; apollo: ApolloServer<Context> }> | undefined;

/**
 * Puts this thread in Linux's idle scheduling class (SCHED_IDLE, through util-linux's `chrt`; node
 * has no call for it): it then runs only on CPU time no normal thread wants, which nice +19 alone
 * does not give (a nice +19 thread still takes a share of a busy core). Light queries go first;
 * a heavy query that cannot get CPU time within its budget is answered QUERY_TIMEOUT. Where this
 * fails (not Linux, no chrt), the nice value piscina set still holds.
 */
function runOnIdleTime(): void {
  try {
    const thread = readlinkSync('/proc/thread-self').split('/').pop()!;
    execFileSync('chrt', ['--idle', '--pid', '0', thread], { stdio: 'ignore', timeout: 2_000 });
  } catch {
    // nice +19 it is
  }
}
runOnIdleTime();

function start() {
  return (ready ??= (async () => {
    const db = openDatabase(databasePath);
    // No pool here: a worker runs what it is given.
    const apollo = await createApolloServer({ production, limits, logger });
    await apollo.start();
    return { db, apollo };
  })());
}

export default async function runHeavyQuery({ query, variables, operationName, acceptLanguage, viewer, requestId }: HeavyQuery): Promise<HeavyQueryAnswer> {
  const { db, apollo } = await start();
  // One query at a time per worker: the statements run meanwhile are this query's.
  const statementsBefore = statementsRunTotal();
  const notes = requestId === undefined ? undefined : { requestId, logger: logger.child({ requestId }) };
  // Outside production the statements count towards the request's extensions.sqlStatements, as on the main thread.
  const { result: response } = await countingStatements(() =>
    apollo.executeOperation({ query, variables, operationName }, { contextValue: createContext(db, { acceptLanguage, viewer, notes }) }),
  );
  if (response.body.kind !== 'single') throw new Error('a heavy query answered in parts');
  // `data` as text: cloning the objects into the main thread and serialising them there would hold it up (see heavy-queries.ts).
  const { data, ...result } = response.body.singleResult;
  const statements = statementsRunTotal() - statementsBefore;
  return { status: response.http.status, result, data: data === undefined ? undefined : JSON.stringify(data), statements };
}
