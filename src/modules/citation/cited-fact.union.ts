import { createUnionType } from 'type-graphql';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { objectTypeNamed } from '../../shared/object-types.js';
import { citedTypeNames } from './citation.targets.js';

export const CitedFact = createUnionType({
  name: 'CitedFact',
  description: 'Any fact a citation can support.',
  types: () => citedTypeNames.map(objectTypeNamed) as never,
  resolveType: (row) => (row as unknown as TaggedRow)[rowType],
});
