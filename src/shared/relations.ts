/**
 * Connection fields from a record to the rows that point at it, declared by the module of those
 * rows: the post module gives Person and Organization their `posts`, so the person and
 * organisation modules never import the modules that extend them. How the rows reach the record
 * is read from the foreign keys of the drizzle tables: the one column of the rows' table that
 * points at the record's table, or, through a join table, its column to each side. Where a table
 * points at the record twice (a tie's organisation and parent), `by` names the column.
 */
import type { Column } from 'drizzle-orm';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../context.js';
import { typeNameOf, type NodeTable } from './node-registry.js';
import type { Relation, Selection } from './pagination.js';

export interface ConnectionField<A extends object> {
  /** The connection type, e.g. `PostConnection`. */
  type: ClassType;
  /** The list arguments and the selection they make (see `ListOf`). */
  list: { Args: ClassType<A>; selection: (args: A) => Selection };
  description: string;
  /** The column of the rows' table that points at the record, where there are several. */
  by?: Column;
  /** A join table between the record's table and the rows' table (many-to-many). */
  through?: SQLiteTable;
}

/** The columns of `from` whose foreign keys point at `to`. */
function pointing(from: SQLiteTable, to: SQLiteTable): Column[] {
  return getTableConfig(from).foreignKeys.map((fk) => fk.reference()).filter((r) => r.foreignTable === to).flatMap((r) => r.columns);
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
    return { through: { table: field.through, key: only(pointing(field.through, owner), what), target: only(pointing(field.through, table), what) } };
  }
  return { by: only(pointing(table, owner).filter((column) => column.name !== 'merged_into_id'), what) };
}

/** A resolver class that adds these connection fields of `table` rows to the `owner` type. */
export function ConnectionsTo(owner: { type: ClassType; table: NodeTable }, table: NodeTable, fields: Record<string, ConnectionField<any>>) {
  @Resolver(() => owner.type)
  class Connections {}
  const prototype = Connections.prototype as Record<string, unknown>;
  for (const [name, field] of Object.entries(fields)) {
    const relation = relationBetween(owner.table, table, field);
    Object.defineProperty(prototype, name, {
      value(root: { id: number }, args: object, ctx: Context) {
        return ctx.loaders.connection(table, relation, root.id, args, field.list.selection(args));
      },
    });
    const method = Object.getOwnPropertyDescriptor(prototype, name)!;
    Root()(prototype, name, 0);
    Args(() => field.list.Args)(prototype, name, 1);
    Ctx()(prototype, name, 2);
    FieldResolver(() => field.type, { description: field.description })(prototype, name, method);
  }
  Object.defineProperty(Connections, 'name', { value: `${typeNameOf(owner.table)}${typeNameOf(table)}Connections` });
  return Connections;
}
