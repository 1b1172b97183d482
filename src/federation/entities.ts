/**
 * The entities other subgraphs can reference, and how a reference becomes a row. References
 * go through the request's loaders, so resolving many of them costs one statement per type
 * and key. A key that names nothing resolves to null, never to an error for the whole request.
 */
import type { GraphQLSchema } from 'graphql';
import { Directive } from 'type-graphql';
import type { Context } from '../context.js';
import { clip } from '../shared/client-text.js';
import { UserInputError } from '../shared/errors.js';
import { fromGlobalId } from '../shared/global-id.js';
import { federatedEntities } from '../shared/node-registry.js';
import { survivorOf } from '../shared/lookup.js';
import { objectTypeNamed } from '../shared/object-types.js';

const entities = new Map(federatedEntities().map((entity) => [entity.typeName as string, entity]));

/** A reference to a merged-away organisation or person resolves to the survivor. */
export async function resolveReference(type: string, reference: Record<string, unknown>, ctx: Context) {
  const { table, keys } = entities.get(type)!;
  if (typeof reference.id === 'string') {
    const parsed = fromGlobalId(reference.id);
    return parsed?.type === type ? survivorOf(ctx, table, await ctx.loaders.byId(table).load(parsed.id)) : null;
  }
  for (const [field, column] of Object.entries(keys)) {
    const value = reference[field];
    if (typeof value === 'string') return survivorOf(ctx, table, await ctx.loaders.byUnique(table, column).load(value));
  }
  return null;
}

/** `__resolveReference` for every entity type, in the shape buildSubgraphSchema takes. */
export function referenceResolvers() {
  return Object.fromEntries(
    [...entities.keys()].map((type) => [
      type,
      { __resolveReference: (reference: Record<string, unknown>, ctx: Context) => resolveReference(type, reference, ctx) },
    ]),
  );
}

/** Puts `@key(fields: "id")` and one `@key` per natural key on each entity type, before the schema is built. */
export function declareEntityKeys(): void {
  for (const { typeName, keys } of entities.values()) {
    const type = objectTypeNamed(typeName);
    for (const field of ['id', ...Object.keys(keys)].reverse()) Directive(`@key(fields: "${field}")`)(type);
  }
}

/**
 * A representation must name one of the entity types above in `__typename`. @apollo/subgraph
 * throws a plain Error for a type it does not know (which would be masked as an internal error),
 * and passes a known type that is no entity (`Name`, `Query`) on unresolved, to fail later. This
 * refuses both as the client's mistake, before any reference is looked up.
 */
export function checkRepresentations(representations: unknown): void {
  if (!Array.isArray(representations)) return; // the schema types it as a list
  const known = [...entities.keys()].sort();
  representations.forEach((representation: unknown, index) => {
    const typename = typeof representation === 'object' && representation !== null ? (representation as { __typename?: unknown }).__typename : undefined;
    if (typeof typename === 'string' && entities.has(typename)) return;
    const what = typeof typename === 'string' ? `names the type "${clip(typename)}", which is not an entity of this subgraph` : 'has no __typename';
    throw new UserInputError(`representations[${index}] ${what}; __typename must be one of ${known.join(', ')}.`, 'representations');
  });
}

/** Puts `checkRepresentations` in front of the `_entities` resolver that buildSubgraphSchema made. */
export function checkingRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolve = field?.resolve;
  if (!field || !resolve) throw new Error('the subgraph schema has no _entities resolver to guard');
  field.resolve = (source, args, ctx, info) => {
    checkRepresentations(args.representations);
    return resolve(source, args, ctx, info);
  };
  return schema;
}
