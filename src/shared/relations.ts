/**
 * Root queries and connection fields, declared as data. A type's root queries (its lookup by id
 * or handle, its list) come from `RootQueriesOf`. Connection fields from a record to the rows
 * that point at it are declared by the module of those rows: the post module gives Person and
 * Organization their `posts`, so the person and organisation modules never import the modules
 * that extend them. How the rows reach the record
 * is read from the foreign keys of the drizzle tables: the one column of the rows' table that
 * points at the record's table, or, through a join table, its column to each side. Where a table
 * points at the record twice (a tie's organisation and parent), `by` names the column.
 */
import type { Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../context.js';
import { findByIdOrKey } from './lookup.js';
import { objectTypeNamed, objectTypeNameOf } from './object-types.js';
import { columnsPointing, declarationOf, foreignKeysOf, nodeTables, propertyOf, typeNameOf, type NodeTable, type NodeTypeName } from './node-registry.js';
import type { Relation, Selection } from './pagination.js';

/** What a connection field serves: a node type's list (see `ListOf`): its table, connection type, arguments and the selection they make. */
export interface List<A extends object> {
  table: NodeTable;
  Connection: ClassType;
  Args: ClassType<A>;
  /** The selection `args` make, at the date `request` asks for (see `ListOf`). */
  selection: (args: A, request: Context) => Selection;
}

export interface ConnectionField<A extends object> {
  list: List<A>;
  description: string;
  /** The column of the rows' table that points at the record, where there are several. */
  by?: Column;
  /** A join table between the record's table and the rows' table (many-to-many). */
  through?: SQLiteTable;
}

function only(columns: Column[], what: string): Column {
  if (columns.length !== 1) throw new Error(`${what}: ${columns.length} foreign keys fit; name the column with \`by\``);
  return columns[0]!;
}

/** How rows of `table` reach a record of `owner`, from the foreign keys. */
export function relationBetween(owner: NodeTable, table: NodeTable, field: { by?: Column; through?: SQLiteTable }): Relation {
  const what = `${typeNameOf(owner)} -> ${typeNameOf(table)}`;
  if (field.by) return { by: field.by };
  if (field.through) {
    return { through: { table: field.through, key: only(columnsPointing(field.through, owner), what), target: only(columnsPointing(field.through, table), what) } };
  }
  return { by: only(columnsPointing(table, owner).filter((column) => column.name !== 'merged_into_id'), what) };
}

/** The table a node type's rows are stored in, from the registry. */
const tableOf = (type: ClassType): NodeTable => nodeTables[objectTypeNameOf(type) as NodeTypeName];

/** A resolver class that adds these connection fields to the `owner` type, each the rows of a list that point at it. */
export function ConnectionsTo(owner: ClassType, fields: Record<string, ConnectionField<any>>) {
  @Resolver(() => owner)
  class Connections {}
  const prototype = Connections.prototype as Record<string, unknown>;
  const ownerTable = tableOf(owner);
  for (const [name, field] of Object.entries(fields)) {
    const { table } = field.list;
    const relation = relationBetween(ownerTable, table, field);
    Object.defineProperty(prototype, name, {
      value(root: { id: number }, args: object, ctx: Context) {
        return ctx.loaders.connection(table, relation, root.id, args, field.list.selection(args, ctx));
      },
    });
    const method = Object.getOwnPropertyDescriptor(prototype, name)!;
    Root()(prototype, name, 0);
    Args(() => field.list.Args)(prototype, name, 1);
    Ctx()(prototype, name, 2);
    FieldResolver(() => field.list.Connection, { description: field.description })(prototype, name, method);
  }
  Object.defineProperty(Connections, 'name', { value: `${typeNameOf(ownerTable)}${Object.keys(fields).map((name) => name[0]!.toUpperCase() + name.slice(1)).join('')}Connections` });
  return Connections;
}

/**
 * A resolver class that adds to `owner` the records its foreign keys point at (`post.person`
 * from `posts.person_id`): the type is the one stored in the table the key references, and the
 * field is nullable where the column may be empty.
 */
export function RecordsAt(owner: ClassType, fields: Record<string, { by: Column; description: string }>) {
  @Resolver(() => owner)
  class Records {}
  const prototype = Records.prototype as Record<string, unknown>;
  const ownerTable = tableOf(owner);
  for (const [name, { by, description }] of Object.entries(fields)) {
    const target = foreignKeysOf(ownerTable).find((key) => (key.columns as Column[]).includes(by))!.foreignTable as NodeTable;
    const key = propertyOf(ownerTable, by);
    Object.defineProperty(prototype, name, {
      value(root: Record<string, number | null>, ctx: Context) {
        const id = root[key];
        return id == null ? null : ctx.loaders.byId(target).load(id);
      },
    });
    const method = Object.getOwnPropertyDescriptor(prototype, name)!;
    Root()(prototype, name, 0);
    Ctx()(prototype, name, 1);
    FieldResolver(() => objectTypeNamed(typeNameOf(target)), { nullable: !by.notNull, description })(prototype, name, method);
  }
  Object.defineProperty(Records, 'name', { value: `${typeNameOf(ownerTable)}Records` });
  return Records;
}

export interface RootQueries<A extends object> {
  /** The lookup by global id or by the type's natural key in the registry, e.g. `organization(id:, handle:)`, `sport(id:, code:)`. */
  one?: { name: string; description: string; example: string };
  /** The root list, e.g. `organizations(filter:, orderBy:, first:, ...)`. */
  many: { name: string; list: List<A>; description: string };
}

/** A resolver class with a type's root queries: its lookup by id or handle and its list. */
export function RootQueriesOf<A extends object>(type: ClassType, queries: RootQueries<A>) {
  const owner = { type, table: tableOf(type) };
  @Resolver(() => owner.type)
  class Roots {}
  const prototype = Roots.prototype as Record<string, unknown>;
  const { one, many } = queries;
  if (one) {
    const keys = Object.entries(declarationOf(typeNameOf(owner.table)).keys ?? {});
    if (keys.length !== 1) throw new Error(`${typeNameOf(owner.table)} needs one natural key in the registry to be looked up by`);
    const [[field, column]] = keys as [[string, Column]];
    Object.defineProperty(prototype, one.name, {
      value: (id: string | null, value: string | null, ctx: Context) => findByIdOrKey(ctx, owner.table, { field, column }, id, value),
    });
    Arg('id', () => ID, { nullable: true, description: 'The global id.' })(prototype, one.name, 0);
    Arg(field, () => String, { nullable: true, description: `The ${field}, e.g. \`${one.example}\`.` })(prototype, one.name, 1);
    Ctx()(prototype, one.name, 2);
    Query(() => owner.type, { nullable: true, description: one.description })(prototype, one.name, Object.getOwnPropertyDescriptor(prototype, one.name)!);
  }
  Object.defineProperty(prototype, many.name, {
    value: (args: A, ctx: Context) => ctx.loaders.connection(owner.table, 'root', 0, args, many.list.selection(args, ctx)),
  });
  Args(() => many.list.Args)(prototype, many.name, 0);
  Ctx()(prototype, many.name, 1);
  Query(() => many.list.Connection, { description: many.description })(prototype, many.name, Object.getOwnPropertyDescriptor(prototype, many.name)!);
  Object.defineProperty(Roots, 'name', { value: `${typeNameOf(owner.table)}RootQueries` });
  return Roots;
}
