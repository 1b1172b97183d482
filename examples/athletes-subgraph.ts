/**
 * `npm run example:athletes`: a second, independent subgraph, for the README's gateway example
 * and the federation tests: athletes' commissions, which other systems keep, attached to
 * sportsgraph's Organization by its `handle` key. Its data is made up. Serves
 * http://127.0.0.1:4002/graphql (ATHLETES_PORT).
 */
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

export const athletesTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Organization @key(fields: "handle") {
    handle: String!
    athletesCommission: AthletesCommission
  }

  type AthletesCommission {
    chair: String!
    members: Int!
    organization: Organization!
  }

  type Query {
    athletesCommissions: [AthletesCommission!]!
  }
`);

const commissions = [
  { handle: 'noc-kazakhstan', chair: 'Test Chair KAZ', members: 9 },
  { handle: 'noc-qatar', chair: 'Test Chair QAT', members: 7 },
  { handle: 'not-in-sportsgraph', chair: 'Orphan Chair', members: 3 },
];
const byHandle = new Map(commissions.map((c) => [c.handle, c]));

export const athletesSchema = buildSubgraphSchema({
  typeDefs: athletesTypeDefs,
  resolvers: {
    Query: { athletesCommissions: () => commissions },
    Organization: {
      __resolveReference: (ref: { handle: string }) => ({ handle: ref.handle }),
      athletesCommission: (org: { handle: string }) => byHandle.get(org.handle) ?? null,
    },
    AthletesCommission: { organization: (c: { handle: string }) => ({ handle: c.handle }) },
  } as never,
});

/** Serves the athletes subgraph on loopback (any free port unless given); returns its URL and a way to stop it. */
export async function startAthletesSubgraph(port = 0): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer({ schema: athletesSchema });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  return { url: new URL('graphql', url).href, stop: () => server.stop() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startAthletesSubgraph(Number(process.env.ATHLETES_PORT ?? 4002));
  console.info(`athletes subgraph serving ${url}`);
}
