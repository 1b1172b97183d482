/**
 * Every seeded fact shows where it came from: a citation whose quote occurs verbatim in its
 * source's stored text, or an inference with its reasoning; and no HIGH citation without such a
 * quote. The walk covers every type a citation can support, read from the citations table's
 * foreign keys, so a new citable type is walked as soon as it exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEmpty, readSeedData, seedDatabase } from '../seeds/load.js';
import type { CitationData, SeedData } from '../seeds/types.js';
import { openDatabase, type Db } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import * as t from '../src/db/schema.js';
import { citationProblem, citationVerifiable, quoteVerified } from '../src/modules/citation/citation.rule.js';
import { citationTargetKey, citedTypeNames } from '../src/modules/citation/citation.targets.js';
import { labelOf, nodeTables } from '../src/shared/node-registry.js';
import { seededRegistry, type Registry } from './support/registry.js';

function migrated(): Db {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  return db;
}

/** What is wrong with the citations of every fact of every citable type, and how many facts of each type were walked. */
function walk(db: Db): { faults: string[]; walked: Record<string, number> } {
  const sources = new Map(db.select().from(t.sources).all().map((source) => [source.id, source]));
  const citations = db.select().from(t.citations).all();
  const faults: string[] = [];
  const walked: Record<string, number> = {};
  for (const type of citedTypeNames) {
    const table = nodeTables[type];
    const key = citationTargetKey(type);
    const rows = db.select().from(table as typeof t.organizations).all() as { id: number }[];
    walked[type] = rows.length;
    for (const row of rows) {
      const fact = `${type} "${labelOf(table, row)}"`;
      const cited = citations.filter((citation) => citation[key] === row.id);
      for (const citation of cited) {
        const problem = citationProblem(sources.get(citation.sourceId)!, citation);
        if (problem) faults.push(`${fact}: ${problem.message}`);
      }
      if (!cited.some((citation) => citationVerifiable(sources.get(citation.sourceId)!, citation))) {
        faults.push(`${fact}: no quote found in its source's text, and no inference with its reasoning`);
      }
    }
  }
  return { faults, walked };
}

describe('every seeded fact shows where it came from', () => {
  let db: Db;
  beforeAll(() => {
    db = migrated();
    seedDatabase(db);
  });

  it('walks every type a citation can support, each with seeded facts', () => {
    const { walked } = walk(db);
    expect(Object.keys(walked).sort()).toEqual([...citedTypeNames].sort());
    expect(citedTypeNames).toEqual(expect.arrayContaining(['Organization', 'Person', 'Name', 'Country', 'Sport']));
    for (const [type, count] of Object.entries(walked)) expect(count, `seeded ${type} facts`).toBeGreaterThan(0);
  });

  it('each has a citation whose quote is in its source\'s stored text, or an inference with its reasoning', () => {
    expect(walk(db).faults).toEqual([]);
  });

  it('no HIGH citation lacks a quote found verbatim in its source\'s stored text, and none is an inference', () => {
    const sources = new Map(db.select().from(t.sources).all().map((source) => [source.id, source]));
    const high = db.select().from(t.citations).all().filter((citation) => citation.confidence === 'high');
    expect(high.length).toBeGreaterThan(100);
    const unverified = high.filter((citation) => citation.kind !== 'stated' || !quoteVerified(sources.get(citation.sourceId)!, citation.quote));
    expect(unverified).toEqual([]);
  });

  it('stores the text of every source the seed cites', () => {
    const textless = db.$client.prepare('SELECT DISTINCT s.handle FROM citations c JOIN sources s ON s.id = c.source_id WHERE s.text IS NULL').pluck().all();
    expect(textless).toEqual([]);
  });

  it('finds the facts that would break it: uncited, unquoted, HIGH without a quote, an inference without its reasoning', () => {
    const broken = migrated();
    seedDatabase(broken);
    const sql = (statement: string) => broken.$client.prepare(statement).run();
    sql("INSERT INTO organizations (handle, kind, name) VALUES ('uncited', 'other', 'Uncited')");
    sql("INSERT INTO organizations (handle, kind, name) VALUES ('unquoted', 'other', 'Unquoted')");
    sql(`INSERT INTO citations (source_id, organization_id, confidence) VALUES
      ((SELECT id FROM sources WHERE handle = 'astana-article'), (SELECT id FROM organizations WHERE handle = 'unquoted'), 'medium')`);
    sql(`INSERT INTO citations (source_id, sport_id, confidence) VALUES
      ((SELECT id FROM sources WHERE handle = 'astana-article'), (SELECT id FROM sports WHERE code = 'diving'), 'high')`);
    sql(`INSERT INTO citations (source_id, country_id, confidence, kind) VALUES
      ((SELECT id FROM sources WHERE handle = 'astana-article'), (SELECT id FROM countries WHERE ioc_code = 'OMA'), 'low', 'inferred')`);
    expect(walk(broken).faults).toEqual([
      'Organization "uncited": no quote found in its source\'s text, and no inference with its reasoning',
      'Organization "unquoted": no quote found in its source\'s text, and no inference with its reasoning',
      'Country "OMA": An inference needs a note giving the reasoning: what it is concluded from, and how.',
      'Sport "diving": HIGH needs a quote, the words of "astana-article" that state the fact; give the quote, or MEDIUM or LOW.',
    ]);
  });
});

describe('the seed refuses a data file whose citation breaks the rule, naming the fact, and writes nothing', () => {
  const refused = (change: (data: SeedData) => void) => {
    const db = migrated();
    const data = readSeedData();
    change(data);
    let message = '';
    try {
      seedDatabase(db, data);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(isEmpty(db)).toBe(true);
    return message;
  };
  const qocTieToIoc = (data: SeedData): CitationData =>
    data.organizations.find((o) => o.handle === 'noc-qatar')!.affiliations!.find((a) => a.parent === 'ioc')!.citations[0]!;

  it('HIGH without a quote', () => {
    expect(refused((data) => Object.assign(qocTieToIoc(data), { confidence: 'high', kind: undefined }))).toBe(
      'organisation "noc-qatar": recognised_by "ioc": its citation of "sportsgraph-domain-brief" is refused (confidence): HIGH needs a quote, the words of "sportsgraph-domain-brief" that state the fact; give the quote, or MEDIUM or LOW.',
    );
  });

  it('an inference at HIGH, or without its reasoning', () => {
    expect(refused((data) => Object.assign(qocTieToIoc(data), { confidence: 'high' }))).toMatch(/^organisation "noc-qatar": recognised_by "ioc": .* \(confidence\): An inference is at most MEDIUM/);
    expect(refused((data) => Object.assign(qocTieToIoc(data), { note: null }))).toMatch(/^organisation "noc-qatar": recognised_by "ioc": .* \(note\): An inference needs a note giving the reasoning/);
  });

  it('a quote that paraphrases its source', () => {
    const message = refused((data) => {
      data.people.find((p) => p.handle === 'gennady-golovkin')!.posts[0]!.citations[1]!.quote = '| Gennady Golovkin | President of NOC RK | 2024-02-26 |';
    });
    expect(message).toBe('person "gennady-golovkin": president "President" in "noc-kazakhstan": its citation of "sportsgraph-domain-brief" is refused (quote): The quote does not occur in the text of "sportsgraph-domain-brief"; copy it verbatim from the source (same characters, spaces and punctuation).');
  });

  it('a fact whose citations all leave it unshown (no quote, no inference)', () => {
    const message = refused((data) => {
      const noc = data.organizations.find((o) => o.handle === 'noc-kazakhstan')!;
      noc.citations = [{ source: 'sportsgraph-domain-brief', confidence: 'medium' as CitationData['confidence'] }];
    });
    expect(message).toBe('organisation "noc-kazakhstan": no citation shows where it came from; give one a quote found verbatim in its source\'s text, or mark one "kind": "inferred" with the reasoning in its note.');
  });
});

describe('the facts no source states are marked as inferences, with their reasoning', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = await seededRegistry();
  });
  afterAll(() => registry.close());

  const inferences = `citations(filter: { kind: INFERRED }) { nodes { confidence quote note source { handle } } }`;

  it('nationalities, the QOC\'s recognition by the IOC, the OCA\'s city and the host of the forum', async () => {
    const { data, errors } = await registry.query(`{
      people(first: 20, filter: { nationality: "KAZ" }) { nodes { handle nationality { iocCode } ${inferences} } }
      joaan: person(handle: "joaan-bin-hamad-al-thani") { nationality { iocCode } ${inferences} }
      qoc: organization(handle: "noc-qatar") { affiliations { nodes { kind parent { handle } ${inferences} } } }
      oca: organization(handle: "oca") { headquartersCity ${inferences} }
      forum: event(handle: "oca-continental-athletes-forum-2025") { organizers { nodes { role organization { handle } ${inferences} } } }
    }`);
    expect(errors).toBeUndefined();
    const nationals = [...data.people.nodes, { handle: 'joaan-bin-hamad-al-thani', ...data.joaan }];
    expect(nationals.map((p: any) => p.handle).sort()).toEqual(['alimzhan-akayev', 'gennady-golovkin', 'joaan-bin-hamad-al-thani', 'yerbol-myrzabosynov']);
    for (const person of nationals) {
      expect(person.citations.nodes, person.handle).toEqual([
        expect.objectContaining({ confidence: 'MEDIUM', note: expect.stringMatching(/^Nationality inferred, not stated/) }),
      ]);
    }
    const ioc = data.qoc.affiliations.nodes.find((a: any) => a.parent.handle === 'ioc');
    expect(ioc).toMatchObject({ kind: 'RECOGNISED_BY', citations: { nodes: [{ confidence: 'MEDIUM', quote: null, note: expect.stringContaining('states IOC recognition only for the NOC RK') }] } });
    expect(data.oca).toEqual({
      headquartersCity: 'Kuwait City',
      citations: { nodes: [expect.objectContaining({ quote: 'HQ Kuwait', note: expect.stringContaining('Kuwait City') })] },
    });
    const host = data.forum.organizers.nodes.find((o: any) => o.role === 'HOST');
    expect(host).toMatchObject({ organization: { handle: 'noc-kazakhstan' }, citations: { nodes: [{ confidence: 'MEDIUM', note: expect.stringContaining('the article names no host') }] } });
  });
});
