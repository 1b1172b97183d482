/**
 * Loads the seed data files (seeds/data) in one transaction, through the audited write path.
 * The seed owns every column of the rows it describes (a field left out of a data file is stored
 * as null), but never undoes an editor: it remembers what it last wrote to each row (`seed_rows`)
 * and brings a row to the data files' values only while the row still holds those. A row an
 * editor changed, deleted or merged away is left as the editor left it and reported. Rows it does
 * not describe, such as those editors add, are never touched. Running it twice therefore changes
 * nothing.
 */
import { readFileSync } from 'node:fs';
import { and, eq, getTableColumns, getTableName, is, ne, sql, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../src/db/client.js';
import { projectFile } from '../src/paths.js';
import { CitationKind } from '../src/db/enums.js';
import * as t from '../src/db/schema.js';
import { citationProblem, citationVerifiable } from '../src/modules/citation/citation.rule.js';
import { foreignKeysOf, nodeTypeNames, nodeTables, propertyOf, typeNameOf, type NodeTable } from '../src/shared/node-registry.js';
import { UserFailure, Writer } from '../src/shared/write.js';
import { refuseWhileReferenced, removeRecord } from '../src/modules/mutation/remove-cited.js';
import { countrySeed } from './countries.js';
import type { Cited, IdentifierData, NameData, SeedData } from './types.js';

const nodeTableSet = new Set<SQLiteTable>(nodeTypeNames.map((name) => nodeTables[name] as SQLiteTable));
const tablesByName = new Map((Object.values(t) as unknown[]).filter((value): value is SQLiteTable => is(value, SQLiteTable)).map((table) => [getTableName(table), table]));

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Records by handle or code: the id facts refer to, or null for one an editor deleted. */
type Ids = Map<string, number | null>;

/** The one column that ties a name (or identifier) to its owner. */
type NameOwner = { organizationId: number } | { personId: number } | { eventId: number } | { countryId: number };
/** The one column that ties a citation to the fact it supports. */
type CitationTarget = { [K in Exclude<keyof typeof t.citations.$inferInsert, CitationColumn>]?: number };
type CitationColumn = 'id' | 'sourceId' | 'quote' | 'quoteTranslation' | 'confidence' | 'kind' | 'correction' | 'note';

const FILES = ['sources', 'countries', 'sports', 'organizations', 'people', 'events', 'agreements'] as const;

/** Reads a file of seeds/data, resolved from the project root rather than the working directory. */
function readSeedFile<T>(file: string, parse: (text: string) => T): T {
  try {
    return parse(readFileSync(projectFile(`seeds/data/${file}`), 'utf8'));
  } catch (error) {
    throw new Error(`seeds/data/${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads seeds/data/*.json, with each source's `textFile` read into its `text`. */
export function readSeedData(): SeedData {
  const data = Object.fromEntries(FILES.map((file) => [file, readSeedFile(`${file}.json`, JSON.parse)])) as SeedData;
  for (const source of data.sources) {
    if (source.textFile) source.text = readSeedFile(source.textFile, (text) => text);
  }
  return data;
}

/** True while the database has no organisations, i.e. has never been seeded. */
export function isEmpty(db: Db): boolean {
  return db.select({ id: t.organizations.id }).from(t.organizations).limit(1).get() === undefined;
}

/** What a seed run did: rows inserted and updated, and the rows it left as editors left them. */
export interface SeedResult {
  inserted: number;
  updated: number;
  /** Rows an earlier run wrote that the data files no longer describe, deleted with what they own. */
  removed: number;
  /** Seeded rows an editor changed, deleted or merged away, each as `where: what` (the seed kept them). */
  kept: string[];
  /** Seeded facts not written because a record they belong to was deleted by an editor. */
  skipped: number;
}

/**
 * Loads the whole seed in one immediate transaction, through the audited write path (actor
 * `seed`, operation `db:seed`), so every row it writes is in the history and the search index.
 */
export function seedDatabase(db: Db, data: SeedData = readSeedData()): SeedResult {
  return db.transaction((tx) => {
    const writer = new SeedWriter(tx, new Writer(tx, db, 'seed', 'db:seed'));
    writer.load(data);
    writer.finish();
    return { inserted: writer.inserted, updated: writer.updated, removed: writer.removed, kept: writer.kept, skipped: writer.skipped };
  }, { behavior: 'immediate' });
}

/** True when a stored value equals the seeded one; JSON columns compare by content. */
function same(stored: unknown, seeded: unknown): boolean {
  if (stored === seeded) return true;
  if (stored == null || seeded == null) return stored == null && seeded == null;
  return typeof stored === 'object' && JSON.stringify(stored) === JSON.stringify(seeded);
}

/** The columns of `values` whose stored value in `row` differs. */
function differing(row: Record<string, unknown>, values: Record<string, unknown>): string[] {
  return Object.keys(values).filter((column) => !same(row[column], values[column]));
}

/** Thrown while building a fact's values when a record it belongs to was deleted by an editor. */
class Withdrawn extends Error {}

class SeedWriter {
  inserted = 0;
  updated = 0;
  removed = 0;
  skipped = 0;
  readonly kept: string[] = [];
  private readonly seen = new Set<string>();
  /** The rows this run described, by table and identity: none of them is retired under an older description. */
  private readonly described = new Set<string>();
  private readonly sources: Ids = new Map();
  private readonly countries: Ids = new Map();
  private readonly sports: Ids = new Map();
  private readonly organizations: Ids = new Map();
  private readonly people: Ids = new Map();
  private readonly events: Ids = new Map();
  /** The sources' texts as the data files give them: what their citations are checked against. */
  private readonly sourceTexts = new Map<string, { handle: string; text: string | null }>();
  /** What the previous runs wrote, by table and natural key. */
  private readonly lastSeeded: Map<string, typeof t.seedRows.$inferSelect>;

  constructor(private readonly tx: Tx, private readonly writer: Writer) {
    // In the order written, so that retiring them backwards goes from facts to the records they are about.
    const rows = tx.select().from(t.seedRows).orderBy(sql`rowid`).all();
    this.lastSeeded = new Map(rows.map((row) => [`${row.tableName} ${row.key}`, row]));
  }

  /** Retires what the data files no longer describe, then brings the search index up to date with the rows written. */
  finish(): void {
    this.retire();
    this.writer.flushSearch();
  }

  /**
   * Rows an earlier run wrote that the data files no longer describe (a corrected quote, a name
   * taken out) go, with what they own, while they still hold what the seed wrote and nothing else
   * points at them; one an editor changed is theirs from now on, and one still pointed at waits.
   */
  private retire(): void {
    const retiring = [...this.lastSeeded].filter(([entry]) => !this.seen.has(entry)).map(([, last]) => {
      const table = tablesByName.get(last.tableName)!;
      const node = nodeTableSet.has(table) ? (table as unknown as NodeTable) : null;
      const where = and(...Object.entries(last.seeded).map(([column, value]) => sql`${getTableColumns(table)[column]} IS ${value}`));
      const stored = (node ? this.writer.find(node, last.rowId!) : this.tx.select().from(table).where(where).get()) as Record<string, unknown> | null | undefined;
      const forget = () => this.tx.delete(t.seedRows).where(and(eq(t.seedRows.tableName, last.tableName), eq(t.seedRows.key, last.key))).run();
      return { last, table, node, where, stored, forget };
    });
    // Rows an editor changed are theirs from now on, and so are the rows that belong to them (a kept name's citations).
    const editors = new Set<string>();
    for (const { last, stored, forget } of retiring) {
      if (stored && (stored.mergedIntoId != null || differing(stored, last.seeded).length > 0)) {
        this.kept.push(`${last.key}: no longer in the data files, kept as an editor changed it`);
        editors.add(`${last.tableName} ${stored.id}`);
      }
      if (!stored || editors.has(`${last.tableName} ${stored.id}`)) forget();
    }
    for (const { last, table, node, where, stored, forget } of retiring.reverse()) {
      if (!stored || editors.has(`${last.tableName} ${stored.id}`)) continue;
      // The data files describe the row under another description now (a country's code changed): it stays.
      if (this.described.has(this.identity(last.tableName, node, stored))) {
        forget();
        continue;
      }
      if (foreignKeysOf(table).some((fk) => editors.has(`${getTableName(fk.foreignTable)} ${stored[propertyOf(table, fk.columns[0]!)]}`))) {
        forget();
        continue;
      }
      if (node) {
        try {
          refuseWhileReferenced(this.writer, node, stored as { id: number }, '');
        } catch (error) {
          if (!(error instanceof UserFailure)) throw error;
          this.kept.push(`${last.key}: no longer in the data files, kept while other records point at it`);
          continue;
        }
        removeRecord(this.writer, node, stored.id as number);
      } else {
        this.writer.changeJoinRows(sql`DELETE FROM ${table} WHERE ${where}`);
      }
      this.removed += 1;
      forget();
    }
  }

  load(data: SeedData): void {
    const world = countrySeed(data.countries);
    for (const s of [...data.sources, ...world.sources]) {
      this.sourceTexts.set(s.handle, { handle: s.handle, text: s.text ?? null });
      const row = this.upsert(t.sources, ['handle'], `source "${s.handle}"`, () => ({
        handle: s.handle, kind: s.kind, title: s.title, publisher: s.publisher ?? null, url: s.url ?? null,
        lang: s.lang, publishedDate: s.publishedDate ?? null, retrievedDate: s.retrievedDate ?? null,
        text: s.text ?? null, note: s.note ?? null,
      }));
      this.remember(this.sources, s.handle, t.sources, row);
    }
    // The world's countries from the datasets, with the hand-written ones merged in (seeds/countries.ts).
    for (const c of world.countries) {
      const row = this.upsert(t.countries, c.key, c.where, () => c.row);
      for (const code of c.codes) if (!this.countries.has(code)) this.remember(this.countries, code, t.countries, row);
      if (!row) continue;
      const countryId = this.survivorOf(t.countries, row);
      this.cite({ countryId }, c, c.where);
      this.names({ countryId }, c.names, c.where);
      this.identifiers({ countryId }, c.identifiers, c.where);
    }
    for (const s of data.sports) {
      const row = this.upsert(t.sports, ['code'], `sport "${s.code}"`, () => ({
        code: s.code, name: s.name, parentId: s.parent ? this.ref(this.sports, s.parent, `sport "${s.code}": parent sport`) : null,
      }));
      this.remember(this.sports, s.code, t.sports, row);
      this.cite(row && { sportId: row.id }, s, `sport "${s.code}"`);
    }
    this.loadOrganizations(data);
    this.loadPeople(data);
    this.loadEvents(data);
    this.loadAgreements(data);
  }

  private loadOrganizations(data: SeedData): void {
    // Rows first, so that affiliations may point at any organisation in the file.
    for (const o of data.organizations) {
      const where = `organisation "${o.handle}"`;
      const row = this.upsert(t.organizations, ['handle'], where, () => ({
        handle: o.handle, kind: o.kind, name: o.name, shortName: o.shortName ?? null,
        countryId: this.country(o.country, where),
        foundingDate: o.foundingDate ?? null, dissolutionDate: o.dissolutionDate ?? null,
        headquartersCity: o.headquartersCity ?? null, website: o.website ?? null, description: o.description ?? null,
      }));
      this.remember(this.organizations, o.handle, t.organizations, row);
      this.cite(row && { organizationId: row.id }, o, where);
    }
    for (const o of data.organizations) {
      const organizationId = this.organizations.get(o.handle);
      // Deleted by an editor: so are its names, ties and the rest.
      if (!organizationId) continue;
      const where = `organisation "${o.handle}"`;
      this.names({ organizationId }, o.names, where);
      this.identifiers({ organizationId }, o.identifiers, where);
      for (const code of o.sports ?? []) {
        this.upsert(t.organizationSports, ['organizationId', 'sportId'], `${where}: sport "${code}"`, () => ({
          organizationId, sportId: this.ref(this.sports, code, `${where}: sport`),
        }));
      }
      for (const a of o.affiliations ?? []) {
        const affiliationWhere = `${where}: ${a.kind} "${a.parent}"`;
        const row = this.upsert(t.affiliations, ['organizationId', 'parentId', 'kind'], affiliationWhere, () => ({
          organizationId, parentId: this.ref(this.organizations, a.parent, affiliationWhere), kind: a.kind,
          startDate: a.startDate ?? null, endDate: a.endDate ?? null, note: a.note ?? null,
        }));
        this.cite(row && { affiliationId: row.id }, a, affiliationWhere);
      }
    }
  }

  private loadPeople(data: SeedData): void {
    for (const p of data.people) {
      const where = `person "${p.handle}"`;
      const row = this.upsert(t.people, ['handle'], where, () => ({
        handle: p.handle, name: p.name, honorificPrefix: p.honorificPrefix ?? null, givenName: p.givenName ?? null,
        familyName: p.familyName ?? null, nationalityId: this.country(p.nationality, where), summary: p.summary ?? null,
      }));
      this.remember(this.people, p.handle, t.people, row);
      if (!row) continue;
      const personId = this.people.get(p.handle)!;
      this.cite({ personId }, p, where);
      this.names({ personId }, p.names, where);
      this.identifiers({ personId }, p.identifiers, where);
      for (const post of p.posts) {
        const postWhere = `${where}: ${post.role} ${post.label ? `"${post.label}" ` : ''}in "${post.organization}"`;
        const postRow = this.upsert(t.posts, ['personId', 'organizationId', 'role', 'label'], postWhere, () => ({
          personId, organizationId: this.ref(this.organizations, post.organization, postWhere),
          role: post.role, label: post.label ?? null, startDate: post.startDate ?? null, endDate: post.endDate ?? null,
          onBehalfOfId: post.onBehalfOf ? this.ref(this.organizations, post.onBehalfOf, postWhere) : null,
        }));
        this.cite(postRow && { postId: postRow.id }, post, postWhere);
      }
    }
  }

  private loadEvents(data: SeedData): void {
    for (const e of data.events) {
      const where = `event "${e.handle}"`;
      const row = this.upsert(t.events, ['handle'], where, () => ({
        handle: e.handle, name: e.name, kind: e.kind, status: e.status, startDate: e.startDate ?? null,
        endDate: e.endDate ?? null, city: e.city ?? null, countryId: this.country(e.country, where),
        parentId: e.parent ? this.ref(this.events, e.parent, `${where}: parent event`) : null, description: e.description ?? null,
      }));
      this.remember(this.events, e.handle, t.events, row);
      if (!row) continue;
      const eventId = this.events.get(e.handle)!;
      this.cite({ eventId }, e, where);
      this.names({ eventId }, e.names, where);
      for (const o of e.organizers) {
        const organizerWhere = `${where}: ${o.role} "${o.organization}"`;
        const organizer = this.upsert(t.eventOrganizers, ['eventId', 'organizationId', 'role'], organizerWhere, () => ({
          eventId, organizationId: this.ref(this.organizations, o.organization, organizerWhere), role: o.role,
        }));
        this.cite(organizer && { eventOrganizerId: organizer.id }, o, organizerWhere);
      }
      for (const p of e.participations) {
        const participantWhere = `${where}: participant ${[p.person, p.organization].filter(Boolean).map((h) => `"${h}"`).join(' of ')}`;
        const participation = this.upsert(t.participations, ['eventId', 'personId', 'organizationId'], participantWhere, () => ({
          eventId,
          personId: p.person ? this.ref(this.people, p.person, participantWhere) : null,
          organizationId: p.organization ? this.ref(this.organizations, p.organization, participantWhere) : null,
          capacity: p.capacity ?? null,
        }));
        this.cite(participation && { participationId: participation.id }, p, participantWhere);
      }
    }
  }

  private loadAgreements(data: SeedData): void {
    for (const a of data.agreements) {
      const where = `agreement "${a.handle}"`;
      const row = this.upsert(t.agreements, ['handle'], where, () => ({
        handle: a.handle, title: a.title, kind: a.kind, status: a.status, scope: a.scope ?? null, topics: a.topics,
        discussedDate: a.discussedDate ?? null, signedDate: a.signedDate ?? null, startDate: a.startDate ?? null,
        endDate: a.endDate ?? null,
        originEventId: a.originEvent ? this.ref(this.events, a.originEvent, `${where}: origin event`) : null,
      }));
      if (!row) continue;
      const agreementId = this.survivorOf(t.agreements, row);
      this.cite({ agreementId }, a, where);
      for (const p of a.parties) {
        const partyWhere = `${where}: party "${p.organization}"`;
        const party = this.upsert(t.agreementParties, ['agreementId', 'organizationId'], partyWhere, () => ({
          agreementId, organizationId: this.ref(this.organizations, p.organization, partyWhere), role: p.role,
        }));
        this.cite(party && { agreementPartyId: party.id }, p, partyWhere);
      }
    }
  }

  private names(owner: NameOwner, names: NameData[], where: string): void {
    const ownerColumn = Object.keys(owner)[0] as keyof NameOwner;
    for (const n of names) {
      const nameWhere = `${where}: ${n.kind} name "${n.value}" (${n.lang})`;
      const row = this.upsert(t.names, [ownerColumn, 'lang', 'value', 'kind'], nameWhere, () => ({
        ...owner, value: n.value, lang: n.lang, kind: n.kind,
        startDate: n.startDate ?? null, endDate: n.endDate ?? null, note: n.note ?? null,
      }));
      this.cite(row && { nameId: row.id }, n, nameWhere);
    }
  }

  private identifiers(owner: { organizationId: number } | { personId: number } | { countryId: number }, identifiers: IdentifierData[] = [], where: string): void {
    for (const i of identifiers) {
      this.upsert(t.identifiers, ['scheme', 'value'], `${where}: identifier ${i.scheme} "${i.value}"`, () => ({
        ...owner, scheme: i.scheme, value: i.value, startDate: i.startDate ?? null, endDate: i.endDate ?? null,
      }));
    }
  }

  /**
   * Every fact shows where it came from: each citation keeps the rule the API keeps
   * (src/modules/citation/citation.rule.ts) against its source's text in the data files, and at
   * least one has a quote found in that text or is an inference with its reasoning; a fact that
   * does not is a mistake in the data files. `target` is null when the fact itself was deleted by
   * an editor: its citations went with it.
   */
  private cite(target: CitationTarget | null, fact: Cited, where: string): void {
    if (!fact.citations?.length) throw new Error(`${where} has no citation; every seeded fact must cite a source.`);
    const targetColumn = (target ? Object.keys(target)[0] : 'id') as keyof CitationTarget;
    let shown = false;
    for (const c of fact.citations) {
      const source = this.sourceTexts.get(c.source);
      if (!source) throw new Error(`${where}: citation source refers to unknown "${c.source}" (not in seeds/data/sources.json).`);
      const problem = citationProblem(source, c);
      if (problem) throw new Error(`${where}: its citation of "${c.source}" is refused (${problem.field}): ${problem.message}`);
      shown ||= citationVerifiable(source, c);
      const quoted = c.quote ? ` quoting "${c.quote.length > 60 ? `${c.quote.slice(0, 60)}…` : c.quote}"` : '';
      this.upsert(t.citations, ['sourceId', targetColumn, 'quote'], `${where}: citation of "${c.source}"${quoted}`, () => ({
        ...this.present(target, where), sourceId: this.ref(this.sources, c.source, `${where}: citation source`), quote: c.quote ?? null,
        quoteTranslation: c.quoteTranslation ?? null, confidence: c.confidence, kind: c.kind ?? CitationKind.STATED,
        correction: c.correction ?? null, note: c.note ?? null,
      }));
    }
    if (!shown) {
      throw new Error(`${where}: no citation shows where it came from; give one a quote found verbatim in its source's text, or mark one "kind": "inferred" with the reasoning in its note.`);
    }
  }

  /** The fact's row, or a signal to skip what belongs to it when an editor deleted it. */
  private present<T>(target: T | null, where: string): T {
    if (target === null) throw new Withdrawn(`${where} was deleted by an editor`);
    return target;
  }

  private country(code: string | null | undefined, where: string): number | null {
    return code ? this.ref(this.countries, code, `${where}: country`) : null;
  }

  /** The id of a record the data files name by handle or code; null marks one an editor deleted. */
  private ref(ids: Ids, key: string, where: string): number {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`${where} refers to unknown "${key}" (not in seeds/data, or listed after its use).`);
    if (id === null) throw new Withdrawn(`${where} refers to "${key}", deleted by an editor`);
    return id;
  }

  /** Notes the id facts use to refer to a record: its survivor's when it was merged away, null when it was deleted. */
  private remember(ids: Ids, key: string, table: NodeTable, row: { id: number } | null): void {
    ids.set(key, row ? this.survivorOf(table, row) : null);
  }

  /** The record a merged-away row now lives on (its `mergedIntoId`, followed to the end); the row's own id otherwise. */
  private survivorOf(table: NodeTable, row: { id: number }): number {
    let current = row as { id: number; mergedIntoId?: number | null };
    while (current.mergedIntoId != null) current = this.writer.find(table, current.mergedIntoId) as typeof current;
    return current.id;
  }

  /**
   * The one write path for every table, a three-way comparison: the row as the data files give it
   * now, as the seed last wrote it (`seed_rows`) and as it is stored. A row still holding what the
   * seed last wrote is brought to the new values; one an editor changed, deleted or merged away is
   * left as it is and reported in `kept`. A row the seed has not written before is found by its
   * natural key (compared with IS, so null matches null) and inserted when missing; when found, it
   * counts as an editor's when the history shows a change to it by anyone but the seed. Returns
   * the stored row, or null when an editor deleted it (or a record it belongs to).
   */
  private upsert<T extends SQLiteTable>(
    table: T,
    key: readonly (keyof T['_']['columns'] & string)[],
    where: string,
    build: () => InferInsertModel<T>,
  ): InferSelectModel<T> | null {
    const row = this.upsertRow(table, key, where, build);
    if (row) this.described.add(this.identity(getTableName(table), nodeTableSet.has(table), row));
    return row;
  }

  /** A row's identity within its table: its id, or for a join row its values. */
  private identity(tableName: string, node: unknown, row: object): string {
    return `${tableName} ${node ? (row as { id: number }).id : JSON.stringify(row)}`;
  }

  private upsertRow<T extends SQLiteTable>(
    table: T,
    key: readonly (keyof T['_']['columns'] & string)[],
    where: string,
    build: () => InferInsertModel<T>,
  ): InferSelectModel<T> | null {
    const name = getTableName(table);
    let values: Record<string, unknown>;
    try {
      values = build() as Record<string, unknown>;
    } catch (error) {
      if (!(error instanceof Withdrawn)) throw error;
      // Still described by the data files: not one to retire.
      this.seen.add(`${name} ${where}`);
      this.skipped += 1;
      return null;
    }
    const columns = getTableColumns(table);
    for (const [column, definition] of Object.entries(columns)) {
      const value = values[column];
      if (definition.enumValues && value != null && !definition.enumValues.includes(value as string)) {
        throw new Error(`${name}.${column}: "${String(value)}" is not one of ${definition.enumValues.join(', ')}.`);
      }
    }
    const keyValues = key.map((column) => values[column] ?? null);
    const keyText = JSON.stringify(Object.fromEntries(key.map((column, i) => [column, keyValues[i]])));
    // Two seed records with one natural key, or one description, would overwrite each other on every run.
    for (const seen of [`${name} ${keyText}`, `${name} ${where}`]) {
      if (this.seen.has(seen)) throw new Error(`seed data has two ${name} rows with the key ${seen.slice(name.length + 1)}.`);
      this.seen.add(seen);
    }

    const node = nodeTableSet.has(table) ? (table as unknown as NodeTable) : null;
    const last = this.lastSeeded.get(`${name} ${where}`);
    const byKey = and(...key.map((column, i) => sql`${columns[column]} IS ${keyValues[i]}`));
    // drizzle's builders cannot infer row types for a generic table; the signature above keeps callers typed.
    const tx = this.tx as unknown as GenericTx;
    const stored = (last && node ? this.writer.find(node, last.rowId!) : tx.select().from(table).where(byKey).get()) as
      | Record<string, unknown> | null | undefined;
    const write = (row: unknown) => {
      tx.insert(t.seedRows).values({ tableName: name, key: where, rowId: node ? (row as { id: number }).id : null, seeded: values })
        .onConflictDoUpdate({ target: [t.seedRows.tableName, t.seedRows.key], set: { rowId: node ? (row as { id: number }).id : null, seeded: values } })
        .run();
      return row as InferSelectModel<T>;
    };

    if (!stored) {
      if (last) {
        this.kept.push(`${where}: deleted by an editor`);
        return null;
      }
      this.inserted += 1;
      return write(node ? this.writer.insert(node, values as never) : tx.insert(table).values(values).returning().get());
    }
    if (stored.mergedIntoId != null) {
      this.kept.push(`${where}: merged away by an editor`);
      return stored as InferSelectModel<T>;
    }
    const changed = differing(stored, values);
    // Columns that no longer hold what the seed last wrote; before the seed kept track, the history tells.
    const edited = last ? differing(stored, last.seeded) : node && changed.length > 0 && this.changedByEditors(node, stored.id as number) ? changed : [];
    if (changed.length === 0) return !last || differing(last.seeded, values).length > 0 ? write(stored) : (stored as InferSelectModel<T>);
    if (edited.length > 0) {
      this.kept.push(`${where}: edited by an editor (${edited.join(', ')})`);
      // Noted as seeded, so the next run knows the row for an editor's too.
      return last ? (stored as InferSelectModel<T>) : write(stored);
    }
    this.updated += 1;
    const patch = Object.fromEntries(changed.map((column) => [column, values[column]]));
    return write(node ? this.writer.update(node, stored.id as number, patch) : tx.update(table).set(patch).where(byKey).returning().get());
  }

  /** Whether anyone but the seed wrote to the row, as the history has it. */
  private changedByEditors(table: NodeTable, id: number): boolean {
    const { changes } = t;
    return this.tx.select({ id: changes.id }).from(changes)
      .where(and(eq(changes.entityType, typeNameOf(table)), eq(changes.entityId, id), ne(changes.actor, 'seed'))).limit(1).get() !== undefined;
  }
}

/** The slice of the transaction API the generic upsert uses, without drizzle's per-table typing. */
interface GenericTx {
  select(): { from(table: SQLiteTable): { where(where: unknown): { get(): unknown } } };
  insert(table: SQLiteTable): {
    values(row: unknown): { returning(): { get(): unknown }; onConflictDoUpdate(config: unknown): { run(): unknown } };
  };
  update(table: SQLiteTable): { set(values: unknown): { where(where: unknown): { returning(): { get(): unknown } } } };
}
