/** `npm run schema:print`: regenerates schema/schema.graphql from the code. */
import { writeFileSync } from 'node:fs';
import { printedSchema } from '../graphql-schema.js';

const target = new URL('../../schema/schema.graphql', import.meta.url);
writeFileSync(target, await printedSchema());
console.info('wrote schema/schema.graphql');
