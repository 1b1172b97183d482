import { existsSync, readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isEmpty, readSeedData, seedDatabase } from '../seeds/load.js';
import { openDatabase, type Db } from '../src/db/client.js';
import { OrganizationKind } from '../src/db/enums.js';
import { migrateDatabase } from '../src/db/migrate.js';
import * as t from '../src/db/schema.js';
import { isPartialDate } from '../src/shared/partial-date.scalar.js';
import { agreementStages } from '../src/modules/agreement/agreement.service.js';
import { datesOutOfOrder } from '../src/modules/mutation/rules.js';
import { canonicalLanguageTag } from '../src/shared/languages.js';

// CI checks the repository out with ../shared beside it; elsewhere these tests are skipped.
const articleFile = new URL('../../shared/seed-article.ar.txt', import.meta.url);
const briefFile = new URL('../../shared/DOMAIN.md', import.meta.url);

interface Citation {
  quote: string | null;
  quote_translation: string | null;
  confidence: string;
  correction: string | null;
  source: string;
}

function migratedDatabase(): Db {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  return db;
}

/** Every table, every row, in storage order. */
function dump(db: Db): Record<string, unknown[]> {
  const tables = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.$client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

/** Citations joined to what they support; `joins` and `where` name the target with handles. */
function citations(db: Db, joins: string, where: string, ...params: string[]): Citation[] {
  return db.$client
    .prepare(`SELECT c.quote, c.quote_translation, c.confidence, c.correction, s.handle AS source
      FROM citations c JOIN sources s ON s.id = c.source_id ${joins} WHERE ${where} ORDER BY c.id`)
    .all(...params) as Citation[];
}

const ofOrganizationName = (db: Db, organization: string, value: string) =>
  citations(db, 'JOIN names n ON n.id = c.name_id JOIN organizations o ON o.id = n.organization_id',
    'o.handle = ? AND n.value = ?', organization, value);
const ofAgreement = (db: Db, agreement: string) =>
  citations(db, 'JOIN agreements a ON a.id = c.agreement_id', 'a.handle = ?', agreement);
const ofParty = (db: Db, agreement: string, organization: string) =>
  citations(db, `JOIN agreement_parties ap ON ap.id = c.agreement_party_id JOIN agreements a ON a.id = ap.agreement_id
    JOIN organizations o ON o.id = ap.organization_id`, 'a.handle = ? AND o.handle = ?', agreement, organization);
const ofPost = (db: Db, person: string, organization: string) =>
  citations(db, `JOIN posts p ON p.id = c.post_id JOIN people pe ON pe.id = p.person_id
    JOIN organizations o ON o.id = p.organization_id`, 'pe.handle = ? AND o.handle = ?', person, organization);

function post(db: Db, person: string, organization: string) {
  return db.$client
    .prepare(`SELECT p.role, p.start_date AS startDate FROM posts p JOIN people pe ON pe.id = p.person_id
      JOIN organizations o ON o.id = p.organization_id WHERE pe.handle = ? AND o.handle = ?`)
    .all(person, organization);
}

describe('npm run db:seed', () => {
  let db: Db;
  beforeEach(() => {
    db = migratedDatabase();
  });

  it('fills an empty database and counts every row it inserts', () => {
    expect(isEmpty(db)).toBe(true);
    const result = seedDatabase(db);
    // Beside the data: the history of those inserts and the seed's own note of what it wrote.
    const { __drizzle_migrations: _, changes, seed_rows: seeded, ...tables } = dump(db);
    const rows = Object.values(tables).reduce((sum, table) => sum + table.length, 0);
    expect(result).toEqual({ inserted: rows, updated: 0, removed: 0, kept: [], skipped: 0 });
    expect(seeded).toHaveLength(rows);
    // Every row with an id is in the history; the rows of join tables (organisation_sports) have none.
    expect(changes).toHaveLength(rows - tables.organization_sports!.length);
    expect(tables.organizations).toHaveLength(11);
    expect(tables.people).toHaveLength(6);
    expect(isEmpty(db)).toBe(false);
  });

  it('changes nothing when run a second time', () => {
    seedDatabase(db);
    const before = dump(db);
    expect(seedDatabase(db)).toEqual({ inserted: 0, updated: 0, removed: 0, kept: [], skipped: 0 });
    expect(dump(db)).toEqual(before);
  });

  it('keeps a seeded row edited straight in the database, and says so', () => {
    seedDatabase(db);
    db.update(t.organizations).set({ website: 'https://example.org' }).where(eq(t.organizations.handle, 'noc-kazakhstan')).run();
    const before = dump(db);
    expect(seedDatabase(db)).toEqual({
      inserted: 0, updated: 0, removed: 0, kept: ['organisation "noc-kazakhstan": edited by an editor (website)'], skipped: 0,
    });
    expect(dump(db)).toEqual(before);
  });

  it('leaves a deleted seeded row deleted, and says so', () => {
    seedDatabase(db);
    db.delete(t.names).where(eq(t.names.value, 'FINA')).run();
    const before = dump(db);
    expect(seedDatabase(db)).toEqual({
      inserted: 0, updated: 0, removed: 0, kept: ['organisation "world-aquatics": former name "FINA" (en): deleted by an editor'], skipped: 1,
    });
    expect(dump(db)).toEqual(before);
  });

  it('leaves alone rows that editors added', () => {
    seedDatabase(db);
    db.insert(t.organizations).values({ handle: 'editor-added', kind: OrganizationKind.OTHER, name: 'Added by an editor' }).run();
    expect(seedDatabase(db)).toMatchObject({ inserted: 0, updated: 0, removed: 0, kept: [] });
    expect(db.select().from(t.organizations).where(eq(t.organizations.handle, 'editor-added')).get()?.name).toBe('Added by an editor');
  });

  it('writes nothing when the data files are inconsistent', () => {
    const data = readSeedData();
    data.agreements[0]!.parties[0]!.organization = 'no-such-organisation';
    expect(() => seedDatabase(db, data)).toThrow(/no-such-organisation/);
    expect(isEmpty(db)).toBe(true);
  });

  it('rejects a value outside its vocabulary', () => {
    const data = readSeedData();
    (data.events[0] as { status: string }).status = 'happened';
    expect(() => seedDatabase(db, data)).toThrow(/events\.status: "happened"/);
  });
});

describe('the seed cites its sources', () => {
  // These tests only read, so they share one seeded database.
  let db: Db;
  beforeAll(() => {
    db = migratedDatabase();
    seedDatabase(db);
  });

  it.skipIf(!existsSync(articleFile))('stores the article exactly as shared/seed-article.ar.txt has it', () => {
    const stored = db.select().from(t.sources).where(eq(t.sources.handle, 'astana-article')).get();
    expect(stored?.text).toBe(readFileSync(articleFile, 'utf8'));
    expect(stored?.lang).toBe('ar');
  });

  it('quotes every source that has a text exactly where it states a fact, with an English rendering of Arabic quotes', () => {
    const rows = db.$client
      .prepare(`SELECT c.quote, c.quote_translation, c.kind, s.text, s.lang FROM citations c JOIN sources s ON s.id = c.source_id
        WHERE s.text IS NOT NULL`)
      .all() as { quote: string | null; quote_translation: string | null; kind: string; text: string; lang: string }[];
    expect(rows.length).toBeGreaterThan(150);
    for (const row of rows) {
      // An inference may quote what it rests on, or nothing (its note gives the reasoning).
      if (row.kind === 'stated') expect(row.quote, 'every statement quotes its source').not.toBeNull();
      if (row.quote === null) continue;
      expect(row.text.includes(row.quote), `not in the source: ${row.quote}`).toBe(true);
      if (row.lang !== 'en') expect(row.quote_translation, `no translation for ${row.quote}`).toBeTruthy();
    }
  });

  it.skipIf(!existsSync(briefFile))('stores the domain brief exactly as shared/DOMAIN.md has it', () => {
    const stored = db.select().from(t.sources).where(eq(t.sources.handle, 'sportsgraph-domain-brief')).get();
    expect(stored?.text).toBe(readFileSync(briefFile, 'utf8'));
  });
});

describe('the seed records each translation error as a correction', () => {
  // These tests only read, so they share one seeded database.
  let db: Db;
  beforeAll(() => {
    db = migratedDatabase();
    seedDatabase(db);
  });

  it('"national oil corporation" (of Qatar) is the Qatar Olympic Committee', () => {
    const [alias] = ofOrganizationName(db, 'noc-qatar', 'المؤسسة الوطنية للنفط في قطر');
    expect(alias?.quote).toBe('المؤسسة الوطنية للنفط في قطر');
    expect(alias?.correction).toMatch(/mistranslation of NOC.*Qatar Olympic Committee/);
  });

  it('the "national oil corporations" of Kazakhstan and Qatar are their NOCs', () => {
    const cited = ofAgreement(db, 'noc-kazakhstan-qatar-cooperation')
      .find((c) => c.quote === 'تعزيز العلاقات بين المؤسسة الوطنية للنفط في كازاخستان وقطر');
    expect(cited?.correction).toMatch(/National Olympic Committees of Kazakhstan and Qatar/);
  });

  it('"OSA" is the Olympic Council of Asia', () => {
    const [alias] = ofOrganizationName(db, 'oca', 'أوسا');
    expect(alias?.quote).toBe('أوسا');
    expect(alias?.correction).toMatch(/OCA.*Olympic Council of Asia/);
  });

  it('the "World Aquatic Games" are World Aquatics, formerly FINA', () => {
    const [alias] = ofOrganizationName(db, 'world-aquatics', 'الألعاب المائية العالمية');
    expect(alias?.correction).toMatch(/World Aquatics, the international federation \(formerly FINA\)/);
    const [party] = ofParty(db, 'world-aquatics-kazakhstan-swimming', 'world-aquatics');
    expect(party?.quote).toBe('الألعاب المائية العالمية والاتحاد الكازاخستاني للسباحة');
    expect(party?.correction).toMatch(/World Aquatics/);
  });

  it('Al-Musallam\'s merged title is two posts: President of World Aquatics and Director General of the OCA', () => {
    for (const organization of ['world-aquatics', 'oca']) {
      const fromArticle = ofPost(db, 'husain-al-musallam', organization).find((c) => c.source === 'astana-article');
      expect(fromArticle?.quote).toBe('المدير العام لاتحاد الرياضات المائية في كازاخستان ، حسين المسلم');
      expect(fromArticle?.correction).toMatch(/merges two roles/);
      expect(fromArticle?.correction).toMatch(/President of World Aquatics/);
      expect(fromArticle?.correction).toMatch(/Director General of the Olympic Council of Asia/);
    }
    expect(post(db, 'husain-al-musallam', 'kazakhstan-aquatics-federation')).toEqual([]);
  });

  it('the "Olympic Solidarity Association" keeps both candidates: ANOC (medium) and Olympic Solidarity (low)', () => {
    const agreement = 'olympic-solidarity-kazakhstan-cooperation';
    const [anoc] = ofParty(db, agreement, 'anoc');
    const [solidarity] = ofParty(db, agreement, 'olympic-solidarity');
    for (const candidate of [anoc, solidarity]) {
      expect(candidate?.quote).toBe('جمعية التضامن الأولمبي');
      expect(candidate?.correction).toMatch(/ambiguous.*ANOC.*Olympic Solidarity programme/);
    }
    expect(anoc?.confidence).toBe('medium');
    expect(solidarity?.confidence).toBe('low');
  });
});

describe('the seed dates and grades what the sources say', () => {
  // These tests only read, so they share one seeded database.
  let db: Db;
  beforeAll(() => {
    db = migratedDatabase();
    seedDatabase(db);
  });

  it.each([
    ['gennady-golovkin', 'noc-kazakhstan', 'president', '2024-02-26'],
    ['alimzhan-akayev', 'noc-kazakhstan', 'secretary_general', '2024-09-27'],
    ['yerbol-myrzabosynov', 'kazakhstan-ministry-tourism-sports', 'minister', '2024-09-02'],
    ['husain-al-musallam', 'world-aquatics', 'president', '2021-06-05'],
    ['husain-al-musallam', 'oca', 'director_general', null],
    ['joaan-bin-hamad-al-thani', 'noc-qatar', 'president', null],
    ['joaan-bin-hamad-al-thani', 'anoc', 'vice_president', '2022-10'],
    ['joaan-bin-hamad-al-thani', 'oca', 'president', '2026-01'],
    ['nurlan-jakupov', 'kazakhstan-swimming-federation', 'president', null],
  ])('%s holds a post in %s (%s) from %s', (person, organization, role, startDate) => {
    expect(post(db, person, organization)).toEqual([{ role, startDate }]);
  });

  it('grades the Nurlan Jakupov post low everywhere it is cited', () => {
    const cited = ofPost(db, 'nurlan-jakupov', 'kazakhstan-swimming-federation');
    expect(cited.map((c) => c.source)).toEqual(['astana-article', 'sportsgraph-domain-brief']);
    expect(cited.map((c) => c.confidence)).toEqual(['low', 'low']);
  });

  it('grades the reported OCA presidency of Joaan medium', () => {
    expect(ofPost(db, 'joaan-bin-hamad-al-thani', 'oca').map((c) => c.confidence)).toEqual(['medium']);
  });

  it('dates the tour and the meeting to the year only and the forum to the reported days', () => {
    const events = db.select({ handle: t.events.handle, startDate: t.events.startDate, endDate: t.events.endDate, status: t.events.status })
      .from(t.events).orderBy(t.events.handle).all();
    expect(events).toEqual([
      { handle: 'anoc-central-asia-tour-2025', startDate: '2025', endDate: null, status: 'held' },
      { handle: 'astana-meeting-2025', startDate: '2025', endDate: null, status: 'held' },
      { handle: 'oca-continental-athletes-forum-2025', startDate: '2025-09-02', endDate: '2025-09-03', status: 'planned' },
    ]);
  });

  it('keeps FINA as the former name of World Aquatics until 2022', () => {
    const fina = db.select().from(t.names).where(eq(t.names.value, 'FINA')).get();
    expect(fina).toMatchObject({ kind: 'former', endDate: '2022', lang: 'en' });
  });

  it('links the article\'s swimming federation to Qazaq Aquatics as probably the same body', () => {
    const link = db.$client
      .prepare(`SELECT a.kind, c.confidence FROM affiliations a JOIN organizations o ON o.id = a.organization_id
        JOIN organizations p ON p.id = a.parent_id JOIN citations c ON c.affiliation_id = a.id
        WHERE o.handle = 'kazakhstan-swimming-federation' AND p.handle = 'kazakhstan-aquatics-federation'`)
      .all();
    expect(link).toEqual([{ kind: 'same_as', confidence: 'low' }]);
  });

  it('stores only whole or partial ISO dates', () => {
    const dates = db.$client
      .prepare(`SELECT start_date FROM names UNION ALL SELECT end_date FROM names
        UNION ALL SELECT start_date FROM posts UNION ALL SELECT end_date FROM posts
        UNION ALL SELECT start_date FROM events UNION ALL SELECT end_date FROM events
        UNION ALL SELECT discussed_date FROM agreements UNION ALL SELECT start_date FROM affiliations`)
      .pluck()
      .all()
      .filter((d): d is string => d !== null);
    expect(dates.length).toBeGreaterThan(5);
    for (const date of dates) expect(isPartialDate(date), date).toBe(true);
  });

  it('tags every name and source with a canonical BCP 47 language tag, as the mutations store them', () => {
    const tags = db.$client.prepare('SELECT lang FROM names UNION SELECT lang FROM sources ORDER BY 1').pluck().all() as string[];
    expect(tags).toEqual(expect.arrayContaining(['ar', 'en', 'kk', 'ru']));
    expect(tags.map(canonicalLanguageTag)).toEqual(tags);
  });

  it("keeps each agreement's dates in the order of its stages, by the rule the mutations apply", () => {
    const agreements = db.select().from(t.agreements).all();
    expect(agreements.length).toBeGreaterThan(0);
    expect(agreements.map((a) => [a.handle, datesOutOfOrder(agreementStages(a))])).toEqual(agreements.map((a) => [a.handle, null]));
    // The same check on a seed record signed before it was discussed:
    expect(datesOutOfOrder(agreementStages({ ...agreements[0], discussedDate: '2025-05', signedDate: '2025-04' })))
      .toMatch(/^The SIGNED date \(2025-04\) is before the DISCUSSED date \(2025-05\)/);
  });
});
