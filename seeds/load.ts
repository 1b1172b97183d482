/**
 * Loads the seed data files (seeds/data) in one transaction. Every row is upserted by its natural
 * key: inserted when missing, updated when a seeded column differs, left alone otherwise. The seed
 * owns every column of the rows it describes (a field left out of a data file is stored as null);
 * rows it does not describe, such as those editors add, are never touched. Running it twice
 * therefore changes nothing.
 */
import { readFileSync } from 'node:fs';
import { and, getTableColumns, getTableName, sql, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../src/db/client.js';
import { projectFile } from '../src/paths.js';
import * as t from '../src/db/schema.js';
import { nodeTables } from '../src/shared/node-registry.js';
import type { Cited, IdentifierData, NameData, SeedData } from './types.js';

const typeNameByTable = new Map<SQLiteTable, string>(Object.entries(nodeTables).map(([name, table]) => [table as SQLiteTable, name]));

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Ids = Map<string, number>;

/** The one column that ties a name (or identifier) to its owner. */
type NameOwner = { organizationId: number } | { personId: number } | { eventId: number };
/** The one column that ties a citation to the fact it supports. */
type CitationTarget = { [K in Exclude<keyof typeof t.citations.$inferInsert, CitationColumn>]?: number };
type CitationColumn = 'id' | 'sourceId' | 'quote' | 'quoteTranslation' | 'confidence' | 'correction' | 'note';

const FILES = ['sources', 'countries', 'sports', 'organizations', 'people', 'events', 'agreements'] as const;

/** Reads seeds/data/*.json, resolved from the project root rather than the working directory. */
export function readSeedData(): SeedData {
  const entries = FILES.map((file) => {
    try {
      return [file, JSON.parse(readFileSync(projectFile(`seeds/data/${file}.json`), 'utf8'))];
    } catch (error) {
      throw new Error(`seeds/data/${file}.json: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return Object.fromEntries(entries) as SeedData;
}

/** True while the database has no organisations, i.e. has never been seeded. */
export function isEmpty(db: Db): boolean {
  return db.select({ id: t.organizations.id }).from(t.organizations).limit(1).get() === undefined;
}

/** Upserts the whole seed in one immediate transaction and counts the rows it wrote. */
export function seedDatabase(db: Db, data: SeedData = readSeedData()): { inserted: number; updated: number } {
  return db.transaction((tx) => {
    const writer = new SeedWriter(tx);
    writer.load(data);
    return { inserted: writer.inserted, updated: writer.updated };
  }, { behavior: 'immediate' });
}

/** True when a stored value equals the seeded one; JSON columns compare by content. */
function same(stored: unknown, seeded: unknown): boolean {
  if (stored === seeded) return true;
  if (stored == null || seeded == null) return stored == null && seeded == null;
  return typeof stored === 'object' && JSON.stringify(stored) === JSON.stringify(seeded);
}

class SeedWriter {
  inserted = 0;
  updated = 0;
  private readonly seen = new Set<string>();
  private readonly sources: Ids = new Map();
  private readonly countries: Ids = new Map();
  private readonly sports: Ids = new Map();
  private readonly organizations: Ids = new Map();
  private readonly people: Ids = new Map();
  private readonly events: Ids = new Map();

  constructor(private readonly tx: Tx) {}

  load(data: SeedData): void {
    for (const s of data.sources) {
      const row = this.upsert(t.sources, ['handle'], {
        handle: s.handle, kind: s.kind, title: s.title, publisher: s.publisher ?? null, url: s.url ?? null,
        lang: s.lang, publishedDate: s.publishedDate ?? null, retrievedDate: s.retrievedDate ?? null,
        text: s.text ?? null, note: s.note ?? null,
      });
      this.sources.set(s.handle, row.id);
    }
    for (const c of data.countries) {
      // Countries without an IOC code (no NOC) are keyed by ISO alpha-3.
      const row = this.upsert(t.countries, c.iocCode ? ['iocCode'] : ['iso3'], {
        iocCode: c.iocCode, iso2: c.iso2, iso3: c.iso3, name: c.name, officialName: c.officialName ?? null,
      });
      this.countries.set(c.iocCode ?? c.iso3 ?? c.name, row.id);
    }
    for (const s of data.sports) {
      const parentId = s.parent ? ref(this.sports, s.parent, `sport "${s.code}": parent sport`) : null;
      this.sports.set(s.code, this.upsert(t.sports, ['code'], { code: s.code, name: s.name, parentId }).id);
    }
    this.loadOrganizations(data);
    this.loadPeople(data);
    this.loadEvents(data);
    this.loadAgreements(data);
  }

  private loadOrganizations(data: SeedData): void {
    // Rows first, so that affiliations may point at any organisation in the file.
    for (const o of data.organizations) {
      const row = this.upsert(t.organizations, ['handle'], {
        handle: o.handle, kind: o.kind, name: o.name, shortName: o.shortName ?? null,
        countryId: this.country(o.country, `organisation "${o.handle}"`),
        foundingDate: o.foundingDate ?? null, dissolutionDate: o.dissolutionDate ?? null,
        headquartersCity: o.headquartersCity ?? null, website: o.website ?? null, description: o.description ?? null,
      });
      this.organizations.set(o.handle, row.id);
      this.cite({ organizationId: row.id }, o, `organisation "${o.handle}"`);
    }
    for (const o of data.organizations) {
      const organizationId = this.organizations.get(o.handle)!;
      this.names({ organizationId }, o.names, `organisation "${o.handle}"`);
      this.identifiers({ organizationId }, o.identifiers);
      for (const code of o.sports ?? []) {
        const sportId = ref(this.sports, code, `organisation "${o.handle}": sport`);
        this.upsert(t.organizationSports, ['organizationId', 'sportId'], { organizationId, sportId });
      }
      for (const a of o.affiliations ?? []) {
        const where = `organisation "${o.handle}": ${a.kind} "${a.parent}"`;
        const row = this.upsert(t.affiliations, ['organizationId', 'parentId', 'kind'], {
          organizationId, parentId: ref(this.organizations, a.parent, where), kind: a.kind,
          startDate: a.startDate ?? null, endDate: a.endDate ?? null, note: a.note ?? null,
        });
        this.cite({ affiliationId: row.id }, a, where);
      }
    }
  }

  private loadPeople(data: SeedData): void {
    for (const p of data.people) {
      const where = `person "${p.handle}"`;
      const row = this.upsert(t.people, ['handle'], {
        handle: p.handle, name: p.name, honorificPrefix: p.honorificPrefix ?? null, givenName: p.givenName ?? null,
        familyName: p.familyName ?? null, nationalityId: this.country(p.nationality, where), summary: p.summary ?? null,
      });
      this.people.set(p.handle, row.id);
      this.cite({ personId: row.id }, p, where);
      this.names({ personId: row.id }, p.names, where);
      this.identifiers({ personId: row.id }, p.identifiers);
      for (const post of p.posts) {
        const postWhere = `${where}: post in "${post.organization}"`;
        const postRow = this.upsert(t.posts, ['personId', 'organizationId', 'role', 'label'], {
          personId: row.id, organizationId: ref(this.organizations, post.organization, postWhere),
          role: post.role, label: post.label ?? null, startDate: post.startDate ?? null, endDate: post.endDate ?? null,
          onBehalfOfId: post.onBehalfOf ? ref(this.organizations, post.onBehalfOf, postWhere) : null,
        });
        this.cite({ postId: postRow.id }, post, postWhere);
      }
    }
  }

  private loadEvents(data: SeedData): void {
    for (const e of data.events) {
      const where = `event "${e.handle}"`;
      const row = this.upsert(t.events, ['handle'], {
        handle: e.handle, name: e.name, kind: e.kind, status: e.status, startDate: e.startDate ?? null,
        endDate: e.endDate ?? null, city: e.city ?? null, countryId: this.country(e.country, where),
        parentId: e.parent ? ref(this.events, e.parent, `${where}: parent event`) : null, description: e.description ?? null,
      });
      this.events.set(e.handle, row.id);
      this.cite({ eventId: row.id }, e, where);
      this.names({ eventId: row.id }, e.names, where);
      for (const o of e.organizers) {
        const organizerWhere = `${where}: ${o.role} "${o.organization}"`;
        const organizer = this.upsert(t.eventOrganizers, ['eventId', 'organizationId', 'role'], {
          eventId: row.id, organizationId: ref(this.organizations, o.organization, organizerWhere), role: o.role,
        });
        this.cite({ eventOrganizerId: organizer.id }, o, organizerWhere);
      }
      for (const p of e.participations) {
        const participantWhere = `${where}: participant "${p.person ?? p.organization}"`;
        const participation = this.upsert(t.participations, ['eventId', 'personId', 'organizationId'], {
          eventId: row.id,
          personId: p.person ? ref(this.people, p.person, participantWhere) : null,
          organizationId: p.organization ? ref(this.organizations, p.organization, participantWhere) : null,
          capacity: p.capacity ?? null,
        });
        this.cite({ participationId: participation.id }, p, participantWhere);
      }
    }
  }

  private loadAgreements(data: SeedData): void {
    for (const a of data.agreements) {
      const where = `agreement "${a.handle}"`;
      const row = this.upsert(t.agreements, ['handle'], {
        handle: a.handle, title: a.title, kind: a.kind, status: a.status, scope: a.scope ?? null, topics: a.topics,
        discussedDate: a.discussedDate ?? null, signedDate: a.signedDate ?? null, startDate: a.startDate ?? null,
        endDate: a.endDate ?? null,
        originEventId: a.originEvent ? ref(this.events, a.originEvent, `${where}: origin event`) : null,
      });
      this.cite({ agreementId: row.id }, a, where);
      for (const p of a.parties) {
        const partyWhere = `${where}: party "${p.organization}"`;
        const party = this.upsert(t.agreementParties, ['agreementId', 'organizationId'], {
          agreementId: row.id, organizationId: ref(this.organizations, p.organization, partyWhere), role: p.role,
        });
        this.cite({ agreementPartyId: party.id }, p, partyWhere);
      }
    }
  }

  private names(owner: NameOwner, names: NameData[], where: string): void {
    const ownerColumn = Object.keys(owner)[0] as keyof NameOwner;
    for (const n of names) {
      const row = this.upsert(t.names, [ownerColumn, 'lang', 'value', 'kind'], {
        ...owner, value: n.value, lang: n.lang, kind: n.kind,
        startDate: n.startDate ?? null, endDate: n.endDate ?? null, note: n.note ?? null,
      });
      this.cite({ nameId: row.id }, n, `${where}: name "${n.value}"`);
    }
  }

  private identifiers(owner: { organizationId: number } | { personId: number }, identifiers: IdentifierData[] = []): void {
    for (const i of identifiers) this.upsert(t.identifiers, ['scheme', 'value'], { ...owner, scheme: i.scheme, value: i.value });
  }

  /** Every fact needs at least one citation; a fact without one is a mistake in the data files. */
  private cite(target: CitationTarget, fact: Cited, where: string): void {
    if (!fact.citations?.length) throw new Error(`${where} has no citation; every seeded fact must cite a source.`);
    const targetColumn = Object.keys(target)[0] as keyof CitationTarget;
    for (const c of fact.citations) {
      this.upsert(t.citations, ['sourceId', targetColumn, 'quote'], {
        ...target, sourceId: ref(this.sources, c.source, `${where}: citation source`), quote: c.quote ?? null,
        quoteTranslation: c.quoteTranslation ?? null, confidence: c.confidence, correction: c.correction ?? null,
        note: c.note ?? null,
      });
    }
  }

  private country(code: string | null | undefined, where: string): number | null {
    return code ? ref(this.countries, code, `${where}: country`) : null;
  }

  /**
   * The one write path for every table: find the row by its natural key (compared with IS, so
   * null matches null), insert it when missing, update only the columns that differ.
   */
  private upsert<T extends SQLiteTable>(
    table: T,
    key: readonly (keyof T['_']['columns'] & string)[],
    row: InferInsertModel<T>,
  ): InferSelectModel<T> {
    const name = getTableName(table);
    const columns = getTableColumns(table);
    const values = row as Record<string, unknown>;
    for (const [column, definition] of Object.entries(columns)) {
      const value = values[column];
      if (definition.enumValues && value != null && !definition.enumValues.includes(value as string)) {
        throw new Error(`${name}.${column}: "${String(value)}" is not one of ${definition.enumValues.join(', ')}.`);
      }
    }
    const keyValues = key.map((column) => values[column] ?? null);
    const keyText = JSON.stringify(Object.fromEntries(key.map((column, i) => [column, keyValues[i]])));
    // Two seed records with one natural key would overwrite each other on every run.
    if (this.seen.has(`${name} ${keyText}`)) throw new Error(`seed data has two ${name} rows with the key ${keyText}.`);
    this.seen.add(`${name} ${keyText}`);

    const where = and(...key.map((column, i) => sql`${columns[column]} IS ${keyValues[i]}`));
    // drizzle's builders cannot infer row types for a generic table; the signature above keeps callers typed.
    const tx = this.tx as unknown as GenericTx;
    const existing = tx.select().from(table).where(where).get() as Record<string, unknown> | undefined;
    if (!existing) {
      this.inserted += 1;
      return tx.insert(table).values(row).returning().get() as InferSelectModel<T>;
    }
    const changes = Object.fromEntries(Object.entries(values).filter(([column, value]) => !same(existing[column], value)));
    if (Object.keys(changes).length === 0) return existing as InferSelectModel<T>;
    this.updated += 1;
    const updated = tx.update(table).set(changes).where(where).returning().get() as InferSelectModel<T>;
    this.recordOverwrite(table, existing, updated as Record<string, unknown>);
    return updated;
  }

  /**
   * A re-seed that changes a stored row overwrites what an editor may have written: it goes in
   * the history (actor "seed"), so the overwrite is visible and can be reverted.
   */
  private recordOverwrite(table: SQLiteTable, before: Record<string, unknown>, after: Record<string, unknown>): void {
    const type = typeNameByTable.get(table);
    if (!type || typeof after.id !== 'number') return;
    this.tx.insert(t.changes).values({
      at: new Date().toISOString(), actor: 'seed', operation: 'db:seed', entityType: type, entityId: after.id, before, after,
    }).run();
  }
}

/** The slice of the transaction API the generic upsert uses, without drizzle's per-table typing. */
interface GenericTx {
  select(): { from(table: SQLiteTable): { where(where: unknown): { get(): unknown } } };
  insert(table: SQLiteTable): { values(row: unknown): { returning(): { get(): unknown } } };
  update(table: SQLiteTable): { set(values: unknown): { where(where: unknown): { returning(): { get(): unknown } } } };
}

function ref(ids: Ids, key: string, where: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`${where} refers to unknown "${key}" (not in seeds/data, or listed after its use).`);
  return id;
}
