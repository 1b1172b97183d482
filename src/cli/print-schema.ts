/** `npm run schema:print`: regenerates the committed contracts from the code: the two SDL files and the search index's code hash. */
import { writeFileSync } from 'node:fs';
import { printedSchema, printedSubgraphSchema } from '../graphql-schema.js';
import { INDEX_CODE_FILE, indexCodeHash } from '../shared/search-index.js';
import { projectFile } from '../paths.js';

writeFileSync(projectFile('schema/schema.graphql'), await printedSchema());
writeFileSync(projectFile('schema/subgraph.graphql'), await printedSubgraphSchema());
writeFileSync(projectFile(INDEX_CODE_FILE), `${indexCodeHash()}\n`);
console.info(`wrote schema/schema.graphql, schema/subgraph.graphql and ${INDEX_CODE_FILE}`);
