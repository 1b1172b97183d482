/** `npm run schema:print`: regenerates schema/schema.graphql and schema/subgraph.graphql from the code. */
import { writeFileSync } from 'node:fs';
import { printedSchema, printedSubgraphSchema } from '../graphql-schema.js';

writeFileSync(new URL('../../schema/schema.graphql', import.meta.url), await printedSchema());
writeFileSync(new URL('../../schema/subgraph.graphql', import.meta.url), await printedSubgraphSchema());
console.info('wrote schema/schema.graphql and schema/subgraph.graphql');
