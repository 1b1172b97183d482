/**
 * The entity registry: every kind of record the API serves as a node, declared once. Whatever
 * the drizzle tables already say is read from them, not declared again: which facts a citation
 * can support and which records own names or identifiers (the foreign keys of `citations`,
 * `names` and `identifiers`), which records can be merged (a `mergedIntoId` column), what a
 * delete must wait for (every foreign key that points at the table). Rows loaded through the
 * loaders are tagged with their type name (under `rowType`), so interfaces, unions and global
 * ids can tell an Organization row from a Person row without guessing from their fields.
 */
import { is, sql, type Column, type SQL } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { rowShape, type RowShape } from '../db/rows.js';
import * as t from '../db/schema.js';

interface EntityDeclaration {
  table: (typeof t)[keyof typeof t] & { id: Column };
  /** Natural keys beside the opaque id, by GraphQL field: root lookups and federation `@key`s use them. */
  keys?: Record<string, Column>;
  /** Other subgraphs may reference it (an Apollo Federation entity, keyed by `id` and `keys`). */
  federated?: true;
  /** How a refused delete names the rows of this kind that still point at the record, e.g. `ties`. */
  dependents?: string;
  /** Rows that belong to the record they point at and are deleted (and recorded) with it. */
  owned?: true;
  /**
   * Found by `search`: the number that places its rows in the index (rowids are grouped by it, so
   * it never changes once given). The triggers that record its writes for the index are derived
   * from this (shared/search-triggers.ts); `npm run db:generate` writes their migration.
   */
  search?: number;
  /** What `search` finds of it, as its `SearchableType` value describes it, e.g. `Countries, also by their IOC and ISO codes.` */
  found?: string;
  /**
   * The columns that, with the one pointing at their record, make two rows the same fact (a name:
   * its language, value and kind), so a merge folds the duplicate into the survivor's row. Beside
   * these, rows equal on a unique index, or on every column, are the same fact.
   */
  sameFactBy?: readonly string[];
  /** A row that would point at one record through two of its keys after a merge goes instead (a tie of an organisation to itself). */
  notSelf?: true;
  /** Its rows are the history itself, so it has none (is not `Recorded`). */
  recorded?: false;
  /**
   * A fact that holds for a time (`Dated`): its start is the first known of `start` (its
   * `startDate` when left out), its end `endDate`. Its type gets `inEffect`, its lists `asOf`.
   */
  dated?: true | { start: readonly Column[] };
  /**
   * Counted by `counts`: its `CountSubject` value and what that says, and the date its YEAR is of
   * (the first known of `year`). Its other dimensions come from its columns: KIND, STATUS and
   * ROLE from its enum columns of those names, COUNTRY from its column pointing at countries.
   */
  counted?: { as: string; description: string; year?: readonly Column[] };
}

export const entities = {
  Organization: {
    table: t.organizations, keys: { handle: t.organizations.handle }, federated: true, search: 1, found: 'Organisations.',
    counted: { as: 'ORGANIZATIONS', description: 'Organisations: by KIND, COUNTRY or YEAR (of founding).', year: [t.organizations.foundingDate] },
  },
  Person: {
    table: t.people, keys: { handle: t.people.handle }, federated: true, search: 2, found: 'People.',
    counted: { as: 'PEOPLE', description: 'People: by COUNTRY (of nationality).' },
  },
  Name: { table: t.names, owned: true, sameFactBy: ['lang', 'value', 'kind'], dated: true },
  Identifier: { table: t.identifiers, owned: true, dated: true },
  Affiliation: { table: t.affiliations, dependents: 'ties', notSelf: true, dated: true },
  Post: {
    table: t.posts, dependents: 'posts', dated: true,
    counted: { as: 'POSTS', description: 'Posts people hold: by ROLE or YEAR (of taking the post).', year: [t.posts.startDate] },
  },
  Event: {
    table: t.events, keys: { handle: t.events.handle }, federated: true, search: 3, found: 'Events.',
    counted: { as: 'EVENTS', description: 'Events: by KIND, COUNTRY, STATUS or YEAR (of the start date).', year: [t.events.startDate] },
  },
  EventOrganizer: { table: t.eventOrganizers, dependents: 'event roles' },
  Participation: { table: t.participations, dependents: 'attendances' },
  // An agreement is in effect from when it started, was signed or was first discussed, whichever is known.
  Agreement: {
    table: t.agreements, keys: { handle: t.agreements.handle }, federated: true, search: 4, found: 'Agreements.',
    dated: { start: [t.agreements.startDate, t.agreements.signedDate, t.agreements.discussedDate] },
    counted: { as: 'AGREEMENTS', description: 'Agreements: by KIND, STATUS or YEAR (of signing, or of discussion while unsigned).', year: [t.agreements.signedDate, t.agreements.discussedDate] },
  },
  AgreementParty: { table: t.agreementParties, dependents: 'agreement parties' },
  Source: { table: t.sources, keys: { handle: t.sources.handle } },
  Citation: { table: t.citations, owned: true },
  // Countries and sports last: messages that list the types a field accepts keep their older part.
  Country: { table: t.countries, keys: { iocCode: t.countries.iocCode }, federated: true, search: 5, found: 'Countries, also by their IOC and ISO codes.' },
  Sport: { table: t.sports, keys: { code: t.sports.code }, federated: true, search: 6, found: 'Sports and disciplines, also by their codes.' },
  Change: { table: t.changes, recorded: false },
} as const satisfies Record<string, EntityDeclaration>;

export type NodeTypeName = keyof typeof entities;
/** The node types `search` finds. */
export type SearchableName = { [N in NodeTypeName]: (typeof entities)[N] extends { search: number } ? N : never }[NodeTypeName];
export type NodeTable = (typeof entities)[NodeTypeName]['table'];
type Declared = EntityDeclaration & { table: NodeTable };

/** The table that stores each node type. */
export const nodeTables = Object.fromEntries(Object.entries(entities).map(([name, e]) => [name, e.table])) as {
  [N in NodeTypeName]: (typeof entities)[N]['table'];
};

export const nodeTypeNames = Object.keys(entities) as NodeTypeName[];

export function declarationOf(name: NodeTypeName): Declared {
  return entities[name];
}

export const rowType = Symbol('rowType');
export interface TaggedRow {
  id: number;
  [rowType]?: NodeTypeName;
}

const typeNameByTable = new Map<NodeTable, NodeTypeName>(nodeTypeNames.map((name) => [entities[name].table, name]));

export function typeNameOf(table: NodeTable): NodeTypeName {
  const name = typeNameByTable.get(table);
  if (!name) throw new Error('table is not registered as a node type');
  return name;
}

/**
 * The columns a dated type's start is read from (first known first), the same as one SQL
 * expression (`from`), and its end column; undefined for a type that is not dated. Read once per
 * type: `inEffect` asks for every row.
 */
const dates = new Map(nodeTypeNames.map((name) => {
  const { dated, table } = declarationOf(name) as Declared & { table: { startDate?: Column; endDate?: Column } };
  if (!dated) return [name, undefined] as const;
  const start = dated === true ? [table.startDate!] : dated.start;
  return [name, { start, from: start.length === 1 ? start[0]! : sql`coalesce(${sql.join([...start], sql`, `)})`, end: table.endDate! }] as const;
}));
export function datesOf(name: NodeTypeName): { start: readonly Column[]; from: Column | SQL; end: Column } | undefined {
  return dates.get(name);
}

export function isNodeTypeName(name: string): name is NodeTypeName {
  return Object.hasOwn(entities, name);
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

/** The columns of `from` whose foreign keys point at `target`, read from the drizzle tables. */
export function columnsPointing(from: SQLiteTable, target: SQLiteTable): Column[] {
  return foreignKeysOf(from).filter((r) => r.foreignTable === target).flatMap((r) => r.columns);
}

/** A table's foreign keys, read once: the write path asks on every write, and the tables never change. */
const foreignKeys = new Map<SQLiteTable, ReturnType<ReturnType<typeof getTableConfig>['foreignKeys'][number]['reference']>[]>();
export function foreignKeysOf(table: SQLiteTable) {
  let keys = foreignKeys.get(table);
  if (!keys) foreignKeys.set(table, (keys = getTableConfig(table).foreignKeys.map((fk) => fk.reference())));
  return keys;
}

/** Answers computed once per table (and arguments): what the foreign keys say never changes while the process runs. */
function once<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  const ids = new Map<unknown, number>();
  const idOf = (value: unknown) => ids.get(value) ?? (ids.set(value, ids.size), ids.size - 1);
  return (...args: A) => {
    const key = args.map(idOf).join(',');
    if (!cache.has(key)) cache.set(key, compute(...args));
    return cache.get(key)!;
  };
}

/** Every node table with the columns whose foreign keys point at `target`. */
export const referringColumns = once((target: NodeTable): { typeName: NodeTypeName; table: NodeTable; columns: Column[]; declared: Declared }[] =>
  nodeTypeNames
    .map((typeName) => ({ typeName, table: entities[typeName].table as NodeTable, columns: columnsPointing(entities[typeName].table, target), declared: declarationOf(typeName) }))
    .filter(({ columns }) => columns.length > 0));

/**
 * The tables that are no node type (join tables without an id, such as `organization_sports`)
 * with the columns whose foreign keys point at `target` (with `blockingOnly`, those that do not
 * cascade: they hold a delete back), and the node types their other foreign keys point at (what
 * a refused delete names).
 */
export function joinTablesPointing(target: NodeTable, options: { blockingOnly?: boolean } = {}): { table: SQLiteTable; columns: Column[]; others: NodeTypeName[] }[] {
  return (Object.values(t) as unknown[])
    .filter((value): value is SQLiteTable => is(value, SQLiteTable) && !typeNameByTable.has(value as NodeTable))
    .map((table) => {
      const keys = getTableConfig(table).foreignKeys;
      const references = keys.map((fk) => fk.reference());
      // Rows whose key cascades go with the record they point at; only the others hold a delete back.
      const columns = keys.filter((fk) => fk.reference().foreignTable === target && !(options.blockingOnly && fk.onDelete === 'cascade'))
        .flatMap((fk) => fk.reference().columns);
      const others = references.filter((r) => r.foreignTable !== target).flatMap((r) => {
        const name = typeNameByTable.get(r.foreignTable as NodeTable);
        return name ? [name] : [];
      });
      return { table, columns, others };
    })
    .filter(({ columns }) => columns.length > 0);
}

/** How messages name a record: its first natural key that is set (`noc-kazakhstan`, `KAZ`, `aquatics`), else its name. */
export function labelOf(table: NodeTable, row: object): string {
  const values = row as Record<string, unknown>;
  for (const field of Object.keys(declarationOf(typeNameOf(table)).keys ?? {})) {
    if (values[field] != null) return String(values[field]);
  }
  return String(values.name ?? values.id);
}

/** The property of `table` that holds `column` (`organizationId` for `names.organization_id`); a column belongs to one table, so it is found once. */
const properties = new Map<Column, string>();
export function propertyOf(table: object, column: Column): string {
  let key = properties.get(column);
  if (key === undefined) {
    key = Object.keys(table).find((property) => (table as Record<string, unknown>)[property] === column);
    if (!key) throw new Error(`column ${column.name} is not a column of this table`);
    properties.set(column, key);
  }
  return key;
}

/**
 * The node types a row of `owner` can belong to, each with the foreign key that points at it:
 * `ownersIn(names)` are the named types, `ownersIn(citations, citations.sourceId)` the citable.
 */
export const ownersIn = once((owner: NodeTable, ...except: Column[]): { typeName: NodeTypeName; column: Column }[] =>
  nodeTypeNames.flatMap((typeName) => {
    const columns = columnsPointing(owner, entities[typeName].table).filter((column) => !except.includes(column));
    return columns.length === 1 ? [{ typeName, column: columns[0]! }] : [];
  }));

/** The types whose records `owned` rows belong to, for messages: `an Organization, a Person or an Event`. */
export function ownerTypesIn(owned: NodeTable): string {
  const kinds = ownersIn(owned).map(({ typeName }) => `${/^[AEIOU]/.test(typeName) ? 'an' : 'a'} ${typeName}`);
  return kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}` : kinds.join('');
}

/** The column of `owned` that points at records of `typeName` (`names.organizationId` for Organization), if any; see `ownersIn`. */
export function ownerColumn(owned: NodeTable, typeName: string, ...except: Column[]): Column | undefined {
  return ownersIn(owned, ...except).find((owner) => owner.typeName === typeName)?.column;
}

/** Records merged into another keep their row, pointing at the survivor through `mergedIntoId`. */
export function isMergeable(table: NodeTable): table is Extract<NodeTable, { mergedIntoId: Column }> {
  return 'mergedIntoId' in table;
}

/** The node types other subgraphs may reference, with their natural keys. */
export function federatedEntities(): { typeName: NodeTypeName; table: NodeTable; keys: Record<string, Column> }[] {
  return nodeTypeNames
    .map((typeName) => ({ typeName, declared: declarationOf(typeName) }))
    .filter(({ declared }) => declared.federated)
    .map(({ typeName, declared }) => ({ typeName, table: declared.table, keys: declared.keys ?? {} }));
}
