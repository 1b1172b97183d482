/**
 * Orderings for connections: a list of enum keys with a direction, mapped to SQL expressions by
 * each module. The row id always ends the list, so every ordering is total and cursors are stable.
 */
import { sql, type Column, type SQL } from 'drizzle-orm';
import type { Selection } from './pagination.js';
import { Field, InputType, registerEnumType, type ClassType } from 'type-graphql';

// Values equal to the names: type-graphql hands an enum input's default value over by name.
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'The direction of an ordering.',
  valuesConfig: { ASC: { description: 'Smallest first (A to Z, oldest first).' }, DESC: { description: 'Largest first (Z to A, newest first).' } },
});

export interface SortKey {
  /** Never null: wrap nullable columns (see `sortable`). */
  expr: SQL | Column;
  desc: boolean;
}

export interface Ordering {
  /** Identifies the ordering inside cursors, so a cursor from another ordering is refused. */
  key: string;
  keys: SortKey[];
}

export const BY_ID: Ordering = { key: 'ID', keys: [] };

/** A nullable text column as a sort key: unknown values sort before known ones. */
export function sortable(column: Column | SQL): SQL {
  return sql`ifnull(${column}, '')`;
}

/** Declares `<Name>Order { field, direction }` for an enum of sortable fields. */
export function OrderInput<F extends Record<string, string>>(name: string, fields: F) {
  @InputType(`${name}Order`, { description: `One key of an ordering of ${name} items.` })
  class Order {
    @Field(() => fields, { description: 'What to order by.' })
    field!: F[keyof F];

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Which way; ascending by default.' })
    direction!: OrderDirection;
  }
  return Order as ClassType<{ field: F[keyof F]; direction: OrderDirection }>;
}

/** Turns `orderBy` arguments into sort keys through the module's map of field to SQL. */
export function orderingOf<F extends string>(
  orderBy: readonly { field: F; direction: OrderDirection }[] | null | undefined,
  expressions: Record<F, SQL | Column>,
): Ordering {
  if (!orderBy?.length) return BY_ID;
  return {
    key: orderBy.map((o) => `${o.field}:${o.direction}`).join(','),
    keys: orderBy.map((o) => ({ expr: expressions[o.field], desc: o.direction === OrderDirection.DESC })),
  };
}

/** The selection a connection's `filter` and `orderBy` arguments ask for, with a cache key for the loaders. */
export function selectionOf<F, K extends string>(
  args: { filter?: F | null; orderBy?: readonly { field: K; direction: OrderDirection }[] | null },
  where: (filter: F | null | undefined) => SQL | undefined,
  expressions: Record<K, SQL | Column>,
  extra?: { where?: SQL; key: unknown },
): Selection {
  const filterWhere = where(args.filter);
  const extraWhere = extra?.where;
  return {
    where: filterWhere && extraWhere ? sql`(${filterWhere}) AND (${extraWhere})` : filterWhere ?? extraWhere,
    order: orderingOf(args.orderBy, expressions),
    key: [args.filter ?? null, args.orderBy ?? null, extra?.key ?? null],
  };
}
