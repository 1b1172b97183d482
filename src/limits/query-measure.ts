/**
 * Measures an operation before it runs: depth, aliases, directives, repeated fields and its cost,
 * the number of objects it may return. Lists multiply what they hold: a connection by its
 * `first`/`last` (or the default page size), `nodes(ids:)` by its ids, and every other list of
 * objects by the cap its resolver enforces (LIST_SIZES). Fields with the same response key are
 * merged as execution merges them, and the walk stops at the first limit passed, so measuring
 * costs time in the size of the query text, never in the size of what it asks for.
 */
import {
  getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType, Kind, SchemaMetaFieldDef,
  TypeMetaFieldDef, valueFromASTUntyped,
  type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import { MAX_EDGES, MAX_HOPS, MAX_PATHS } from '../modules/graph/graph.service.js';
import { DEFAULT_PAGE_SIZE } from '../shared/pagination.js';
import { QueryLimitError } from './limit.error.js';
import type { QueryLimits } from './limits.config.js';

/**
 * How many items each list of objects outside connections can hold, by `Type.field`. A function
 * may read only the arguments in COST_ARGUMENTS.
 */
export const LIST_SIZES: Record<string, number | ((args: Record<string, unknown>) => number)> = {
  'Query.nodes': (args) => (Array.isArray(args.ids) ? args.ids.length : 1),
  'Query._entities': (args) => (Array.isArray(args.representations) ? args.representations.length : 1),
  'Query.connections': MAX_PATHS,
  'GraphPath.hops': MAX_HOPS,
  'GraphNetwork.edges': MAX_EDGES,
  'GraphNetwork.vertices': MAX_EDGES + 1,
  // Buckets are countries, years or enum values: a few hundred at most.
  'Query.counts': 300,
};
/**
 * Work a field does that its objects do not show, counted as objects: a graph search walks up
 * to MAX_EDGES edges whatever the client selects of it.
 */
export const FIELD_WORK: Record<string, number> = {
  'Query.network': MAX_EDGES,
  'Query.connections': MAX_EDGES,
};
/** Every mutation payload's `userErrors`: one per invalid input field, a handful at most. */
const USER_ERRORS_SIZE = 10;

/** Field visits allowed while measuring (a guard against fragment bombs with zero-sized lists). */
const MAX_VISITS = 50_000;

export interface QueryMeasure {
  depth: number;
  aliases: number;
  directives: number;
  /** Objects the query may return at most. */
  cost: number;
  /** Whether the cost read a variable: when not, the same operation measures the same for any variables. */
  readsVariables: boolean;
}

/** The arguments the cost depends on (requestedPageSize and LIST_SIZES). */
const COST_ARGUMENTS = new Set(['first', 'last', 'ids', 'representations']);

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  limits: QueryLimits;
  measure: QueryMeasure;
  visits: number;
}

export function measureOperation(
  schema: GraphQLSchema,
  fragments: readonly FragmentDefinitionNode[],
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits,
): QueryMeasure {
  const root = schema.getRootType(operation.operation);
  const walk: Walk = {
    schema,
    fragments: new Map(fragments.map((f) => [f.name.value, f])),
    variables: variables ?? {},
    limits,
    measure: { depth: 0, aliases: 0, directives: 0, cost: 0, readsVariables: false },
    visits: 0,
  };
  countDirectives(walk, operation.directives?.length ?? 0);
  if (root) visitSelections(walk, [operation.selectionSet], root, { depth: 0, multiplier: 1 });
  return walk.measure;
}

interface Position {
  depth: number;
  /** How many times the parent object can occur in the response. */
  multiplier: number;
  /** Items per list when the parent is a connection (its `first`/`last`). */
  pageSize?: number;
  /** Inside `__schema`/`__type`, which answer from the schema (graphql-js bounds their nesting). */
  introspection?: boolean;
}

function visitSelections(walk: Walk, selectionSets: readonly SelectionSetNode[], parentType: GraphQLCompositeType, at: Position): void {
  for (const { type, nodes } of collectFields(walk, selectionSets, parentType).values()) {
    const name = nodes[0].name.value;
    if (name === '__typename') continue;
    const introspectionRoot = name === '__schema' ? SchemaMetaFieldDef : name === '__type' ? TypeMetaFieldDef : undefined;
    if (introspectionRoot) {
      visitField(walk, nodes, introspectionRoot, type, { ...at, introspection: true });
      continue;
    }
    const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
    if (field) visitField(walk, nodes, field, type, at); // validation has refused any other field
  }
}

function visitField(walk: Walk, nodes: FieldNode[], field: GraphQLField<unknown, unknown>, parentType: GraphQLCompositeType, at: Position): void {
  const { measure, limits } = walk;
  if (++walk.visits > MAX_VISITS) {
    throw new QueryLimitError('QUERY_TOO_COSTLY', `The query expands to more than ${MAX_VISITS} fields; ask for less in one request.`);
  }
  if (at.introspection) return visitSelections(walk, selectionSetsOf(nodes), getNamedType(field.type) as GraphQLCompositeType, at);
  const depth = at.depth + 1;
  if (depth > measure.depth) {
    measure.depth = depth;
    if (depth > limits.maxDepth) {
      throw new QueryLimitError('QUERY_TOO_DEEP', `The query nests fields ${depth} deep; the limit is ${limits.maxDepth} (QUERY_MAX_DEPTH).`);
    }
  }
  const type = getNamedType(field.type);
  if (!isCompositeType(type)) return;

  const args = argumentValues(walk, nodes[0]);
  let multiplier = at.multiplier;
  if (isListType(getNullableType(field.type))) multiplier *= listSize(parentType.name, field.name, args, at.pageSize);
  measure.cost += multiplier * (1 + (FIELD_WORK[`${parentType.name}.${field.name}`] ?? 0));
  if (measure.cost > limits.maxCost) {
    throw new QueryLimitError('QUERY_TOO_COSTLY', `The query may return more than ${limits.maxCost} objects (QUERY_MAX_COST); lower \`first\`/\`last\` or split it. Lists count as many objects as they may hold.`);
  }
  const isConnection = isObjectType(type) && 'pageInfo' in type.getFields();
  const pageSize = isConnection ? requestedPageSize(args) : undefined;
  visitSelections(walk, selectionSetsOf(nodes), type, { depth, multiplier, pageSize });
}

function selectionSetsOf(nodes: FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
}

/**
 * The fields of one merged selection set, fragments and inline fragments included, grouped by
 * the type they are selected on and their response key (as execution merges them).
 */
function collectFields(walk: Walk, selectionSets: readonly SelectionSetNode[], parentType: GraphQLCompositeType): Map<string, { type: GraphQLCompositeType; nodes: FieldNode[] }> {
  const groups = new Map<string, { type: GraphQLCompositeType; nodes: FieldNode[] }>();
  const repeats = new Map<string, number>();
  // Fragments cannot cycle (validation refused that); one spread many times counts many times.
  const collect = (set: SelectionSetNode, type: GraphQLCompositeType) => {
    for (const selection of set.selections) {
      countDirectives(walk, selection.directives?.length ?? 0);
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) countAlias(walk);
        const key = selection.alias?.value ?? selection.name.value;
        const count = (repeats.get(key) ?? 0) + 1;
        repeats.set(key, count);
        if (count > walk.limits.maxFieldRepeats) {
          throw new QueryLimitError('QUERY_TOO_MANY_REPEATS', `\`${key}\` is selected ${count} times in one selection; the limit is ${walk.limits.maxFieldRepeats} (QUERY_MAX_FIELD_REPEATS).`);
        }
        const groupKey = `${type.name}.${key}`;
        const group = groups.get(groupKey) ?? { type, nodes: [] };
        group.nodes.push(selection);
        groups.set(groupKey, group);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, conditionType(walk, selection.typeCondition?.name.value) ?? type);
      } else {
        const fragment = walk.fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet, conditionType(walk, fragment.typeCondition.name.value) ?? type);
      }
    }
  };
  for (const set of selectionSets) collect(set, parentType);
  return groups;
}

function conditionType(walk: Walk, name: string | undefined): GraphQLCompositeType | undefined {
  const type = name ? walk.schema.getType(name) : undefined;
  return type && isCompositeType(type) ? type : undefined;
}

function countAlias(walk: Walk): void {
  const { measure, limits } = walk;
  if (++measure.aliases > limits.maxAliases) {
    throw new QueryLimitError('QUERY_TOO_MANY_ALIASES', `The query uses more than ${limits.maxAliases} aliases (QUERY_MAX_ALIASES).`);
  }
}

function countDirectives(walk: Walk, count: number): void {
  const { measure, limits } = walk;
  measure.directives += count;
  if (measure.directives > limits.maxDirectives) {
    throw new QueryLimitError('QUERY_TOO_MANY_DIRECTIVES', `The query uses more than ${limits.maxDirectives} directives (QUERY_MAX_DIRECTIVES).`);
  }
}

function argumentValues(walk: Walk, node: FieldNode): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of node.arguments ?? []) {
    if (COST_ARGUMENTS.has(arg.name.value) && containsVariable(arg.value)) walk.measure.readsVariables = true;
    args[arg.name.value] = valueFromASTUntyped(arg.value, walk.variables);
  }
  return args;
}

function containsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(containsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => containsVariable(field.value));
  return false;
}

function requestedPageSize(args: Record<string, unknown>): number {
  const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
  return Math.max(0, size);
}

function listSize(typeName: string, fieldName: string, args: Record<string, unknown>, pageSize: number | undefined): number {
  if (pageSize !== undefined && (fieldName === 'edges' || fieldName === 'nodes')) return pageSize;
  if (fieldName === 'userErrors') return USER_ERRORS_SIZE;
  const size = LIST_SIZES[`${typeName}.${fieldName}`];
  if (size === undefined) throw new Error(`no size is declared for the list ${typeName}.${fieldName} (add it to LIST_SIZES)`);
  return typeof size === 'function' ? size(args) : size;
}
