/**
 * A node type's connection and its arguments, declared once: each filter field with its GraphQL type,
 * description and SQL condition; each ordering key with its description and SQL expression.
 * From that come the `<Name>Filter` input (with `and`/`or`, and `hasSource`/`minConfidence` for
 * every type a citation can support), the `<Name>OrderField` enum and `<Name>Order` input, the
 * arguments class (with `asOf` for a dated type), and the selection the loaders page through.
 */
import { and, eq, or, sql, type Column, type SQL } from 'drizzle-orm';
import { ArgsType, Field, InputType, registerEnumType, type ClassType } from 'type-graphql';
import type { Context } from '../context.js';
import { Confidence } from '../db/enums.js';
import { citations } from '../db/schema.js';
import { graphqlTypeOf } from './column-fields.js';
import { Connection, ConnectionArgs } from './connection.type.js';
import { countryCodeHelp, inCountry } from './country-codes.js';
import { objectTypeNameOf } from './object-types.js';
import { cited, inEffectOf, whereOf, type Combinable } from './filter.js';
import { languageTagArgument } from './languages.js';
import { datesOf, isMergeable, nodeTables, ownerColumn, type NodeTable, type NodeTypeName } from './node-registry.js';
import { OrderInput, selectionOf, type OrderDirection } from './order.js';
import { PartialDateScalar } from './partial-date.scalar.js';
import type { Selection } from './pagination.js';
import { dateGiven, type DatedRequest } from './point-in-time.js';

type TypeValue = ClassType | Function | object | symbol | [TypeValue];
type Condition = SQL | undefined | null | false | '';

/** What a filter's conditions may read: the request's database and loaders (a country code is looked up once, and refused when unknown). */
export type ListRequest = Pick<Context, 'db' | 'loaders'>;

/**
 * One field of a filter input: its type, what it means, and the condition a value sets. `at` is
 * the date the list is for (its `asOf`, else the query's `@asOf`; undefined: none), for a field
 * whose meaning moves with the date (an agreement's status).
 */
export interface FilterField<V> {
  type: () => TypeValue;
  description: string;
  where: (value: V, request: ListRequest, at: string | undefined) => Condition;
}

/** Declares a filter field; `where` receives the value only when the client gave one (not null). */
export function filterBy<V>(type: () => TypeValue, description: string, where: (value: V, request: ListRequest, at: string | undefined) => Condition): FilterField<V> {
  return { type, description, where };
}

/** A filter field keeping the rows whose `column` points at the country with the code given (`what`: `Of this country`); an empty text asks for nothing. */
export function countryIs(column: Column, what: string): FilterField<string> {
  return filterBy(() => String, `${what}, ${countryCodeHelp}.`, (code: string, request) => code !== '' && inCountry(request, column, code));
}

/** A filter field keeping the rows whose `column` holds the value given, typed as the column is served; an empty text asks for nothing. */
export function equalTo(column: Column, description: string): FilterField<string | number> {
  return { type: graphqlTypeOf(column, `the filter on ${column.name}`) as () => TypeValue, description, where: (value) => value !== '' && eq(column, value) };
}

/**
 * A filter field keeping the rows in a language: a BCP 47 tag, matching itself and the tags below
 * it (`kk` matches `kk` and `kk-Cyrl`), in any case; a malformed tag is refused (BAD_USER_INPUT),
 * an empty text asks for nothing.
 */
export function inLanguage(column: Column, description: string): FilterField<string> {
  return {
    type: () => String,
    description,
    where(value) {
      if (value === '') return undefined;
      const tag = languageTagArgument(value, 'lang', 'filter').toLowerCase();
      return or(sql`lower(${column}) = ${tag}`, sql`lower(${column}) LIKE ${`${tag}-%`}`);
    },
  };
}

type FilterFields = Record<string, FilterField<any>>;
type ValueOf<F> = F extends FilterField<infer V> ? V : never;

/** The filter input as resolvers receive it. */
export type FilterOf<F extends FilterFields> = { [K in keyof F]?: ValueOf<F[K]> | null } & Combinable<FilterOf<F>> & {
  hasSource?: boolean | null;
  minConfidence?: Confidence | null;
};

/** An ordering key's SQL expression (never null: see `sortable`), or, for one that moves with the date the list is for, its expression at that date. */
type OrderExpression = SQL | Column | ((at: string | undefined) => SQL | Column);

export interface ListSpec<F extends FilterFields, O extends string> {
  /** The plural the descriptions use: `organisations`. */
  plural: string;
  filter: F;
  /** Each ordering key: what it orders by, and its SQL expression. */
  order: Record<O, [description: string, expression: OrderExpression]>;
}

export interface ListArgsOf<F extends FilterFields, O extends string> {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  filter?: FilterOf<F> | null;
  orderBy?: { field: O; direction: OrderDirection }[] | null;
  asOf?: string | null;
}

/** Declares the connection and list arguments of a node type; see the file comment. */
export function ListOf<T extends object, F extends FilterFields, O extends string>(type: ClassType<T>, spec: ListSpec<F, O>) {
  const name = objectTypeNameOf(type) as NodeTypeName;
  const table: NodeTable = nodeTables[name];
  const citedBy = ownerColumn(citations, name, citations.sourceId);

  class Filter {}
  Object.defineProperty(Filter, 'name', { value: `${name}Filter` });
  for (const [field, { type, description }] of Object.entries(spec.filter)) Field(type as () => ClassType, { nullable: true, description })(Filter.prototype, field);
  if (citedBy) {
    Field(() => Boolean, { nullable: true, description: `When true, only ${spec.plural} a source is cited for; when false, only those with none.` })(Filter.prototype, 'hasSource');
    Field(() => Confidence, { nullable: true, description: `Only ${spec.plural} cited at least this confidently.` })(Filter.prototype, 'minConfidence');
  }
  Field(() => [Filter], { nullable: true, description: 'Each of these filters must hold too.' })(Filter.prototype, 'and');
  Field(() => [Filter], { nullable: true, description: 'At least one of these filters must hold too.' })(Filter.prototype, 'or');
  InputType(`${name}Filter`, { description: `Conditions on ${spec.plural}; every field given must hold.` })(Filter);

  const keys = Object.keys(spec.order) as O[];
  const OrderField = Object.fromEntries(keys.map((key) => [key, key])) as { [K in O]: K };
  registerEnumType(OrderField, {
    name: `${name}OrderField`,
    description: `What ${spec.plural} can be ordered by.`,
    valuesConfig: Object.fromEntries(keys.map((key) => [key, { description: spec.order[key][0] }])) as never,
  });
  const Order = OrderInput(name, OrderField);

  @ArgsType()
  class Args extends ConnectionArgs(Filter, Order) {}
  // A dated type's lists keep only the rows whose dates may cover the date asked about.
  const dates = datesOf(name);
  const asOfDescription = `Only ${spec.plural} that may have been in effect at this date (see the README for partial dates). The query's \`@asOf\` date when omitted; without either, all of history.`;
  if (dates) Field(() => PartialDateScalar, { nullable: true, description: asOfDescription })(Args.prototype, 'asOf');

  const expressionsAt = (at: string | undefined) =>
    Object.fromEntries(keys.map((key) => {
      const expression = spec.order[key][1];
      return [key, typeof expression === 'function' ? expression(at) : expression];
    })) as Record<O, SQL | Column>;
  // Made once; again for each date asked only where a key moves with the date.
  const undatedExpressions = expressionsAt(undefined);
  const orderMovesWithDate = keys.some((key) => typeof spec.order[key][1] === 'function');
  const conditions = (filter: FilterOf<F>, request: ListRequest, at: string | undefined): Condition[] => [
    ...Object.entries(spec.filter).map(([field, { where }]) => filter[field] != null && where(filter[field], request, at)),
    ...(citedBy ? sourceConditions(table.id, citedBy, filter) : []),
  ];
  // Merged-away records live on only as redirects: no list shows them.
  const unmerged = isMergeable(table) ? sql`${table.mergedIntoId} IS NULL` : undefined;
  const where = (filter: FilterOf<F> | null | undefined, request: ListRequest, at?: string) =>
    and(unmerged, whereOf(filter, (f) => conditions(f, request, at)));

  return {
    table,
    Connection: Connection(type, name),
    Filter: Filter as ClassType<FilterOf<F>>,
    Order,
    OrderField,
    Args: Args as ClassType<ListArgsOf<F, O>>,
    where,
    /**
     * The rows `args` ask for, in their order, at the date the list is for (its `asOf`, else the
     * request's `@asOf`): a dated type keeps the facts that may have held then. Nothing more is
     * made when no date was given.
     */
    selection(args: ListArgsOf<F, O>, request: ListRequest & DatedRequest): Selection {
      const at = dateGiven(request, args.asOf);
      const filtered = (filter: FilterOf<F> | null | undefined) => where(filter, request, at);
      if (at === undefined) return selectionOf(args, filtered, undatedExpressions, undefined);
      return selectionOf(args, filtered, orderMovesWithDate ? expressionsAt(at) : undatedExpressions, { where: inEffectOf(name, at), key: at });
    },
  };
}

/** The `hasSource` and `minConfidence` conditions of a type a citation can support. */
function sourceConditions(id: Column, column: Column, filter: { hasSource?: boolean | null; minConfidence?: Confidence | null }): Condition[] {
  return [
    filter.hasSource != null && (filter.hasSource ? cited(id, column) : sql`NOT ${cited(id, column)}`),
    filter.minConfidence && cited(id, column, filter.minConfidence),
  ];
}
