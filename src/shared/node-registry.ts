/**
 * Which table stores each GraphQL node type. Rows loaded through the loaders are tagged with
 * their type name (under the `rowType` symbol), so interfaces, unions and global ids can tell
 * an Organization row from a Person row without guessing from their fields.
 */
import type { Column } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { rowShape, type RowShape } from '../db/rows.js';
import * as t from '../db/schema.js';

export const nodeTables = {
  Country: t.countries,
  Sport: t.sports,
  Organization: t.organizations,
  Person: t.people,
  Name: t.names,
  Identifier: t.identifiers,
  Affiliation: t.affiliations,
  Post: t.posts,
  Event: t.events,
  EventOrganizer: t.eventOrganizers,
  Participation: t.participations,
  Agreement: t.agreements,
  AgreementParty: t.agreementParties,
  Source: t.sources,
  Citation: t.citations,
  Change: t.changes,
} as const;

export type NodeTypeName = keyof typeof nodeTables;
export type NodeTable = (typeof nodeTables)[NodeTypeName];

export const rowType = Symbol('rowType');
export interface TaggedRow {
  id: number;
  [rowType]?: NodeTypeName;
}

const typeNameByTable = new Map<NodeTable, NodeTypeName>(
  Object.entries(nodeTables).map(([name, table]) => [table, name as NodeTypeName]),
);

export function typeNameOf(table: NodeTable): NodeTypeName {
  const name = typeNameByTable.get(table);
  if (!name) throw new Error('table is not registered as a node type');
  return name;
}

export function isNodeTypeName(name: string): name is NodeTypeName {
  return Object.hasOwn(nodeTables, name);
}

/** Marks a row with its GraphQL type, for `id`, interfaces and unions. */
export function tagRow<R extends object>(table: NodeTable, row: R): R {
  if ((row as TaggedRow)[rowType] === undefined) Object.defineProperty(row, rowType, { value: typeNameOf(table), enumerable: false });
  return row;
}

/** How the hot paths select and build rows of a node table: tagged already, by their prototype. */
export function nodeRowShape(table: NodeTable, alias: string): RowShape {
  return rowShape(table, alias, { key: rowType, value: typeNameOf(table) });
}

/** Every node table with the columns whose foreign keys point at `target`, read from the drizzle tables. */
export function referringColumns(target: NodeTable): { typeName: NodeTypeName; table: NodeTable; columns: Column[] }[] {
  return (Object.entries(nodeTables) as [NodeTypeName, NodeTable][])
    .map(([typeName, table]) => ({
      typeName,
      table,
      columns: getTableConfig(table).foreignKeys.map((fk) => fk.reference()).filter((r) => r.foreignTable === target).flatMap((r) => r.columns),
    }))
    .filter(({ columns }) => columns.length > 0);
}
