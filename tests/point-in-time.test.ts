import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NameKind } from '../src/db/enums.js';
import * as t from '../src/db/schema.js';
import { addPredecessor } from './support/predecessor.js';
import { seededRegistry, type Registry } from './support/registry.js';

let registry: Registry;
beforeAll(async () => {
  registry = await seededRegistry();
  // A predecessor, so the question "who led NOC RK on 2023-06-01?" has a different answer.
  const { organizationId } = addPredecessor(registry.db);
  registry.db.insert(t.names).values({ organizationId, value: 'Test Former Name', lang: 'en', kind: NameKind.FORMER, endDate: '1995' }).run();
});
afterAll(() => registry.close());

const leadersOn = `query ($at: PartialDate) { organization(handle: "noc-kazakhstan") {
  leaders(asOf: $at) { nodes { role person { handle } inEffect(at: $at) } }
} }`;

describe('point-in-time answers', () => {
  it('says who led NOC RK on either side of the change of president', async () => {
    const before = await registry.query(leadersOn, { at: '2023-06-01' });
    expect(before.data.organization.leaders.nodes).toEqual([{ role: 'PRESIDENT', person: { handle: 'test-predecessor' }, inEffect: 'YES' }]);
    const after = await registry.query(leadersOn, { at: '2025-01-01' });
    expect(after.data.organization.leaders.nodes).toEqual([
      { role: 'PRESIDENT', person: { handle: 'gennady-golovkin' }, inEffect: 'YES' },
      { role: 'SECRETARY_GENERAL', person: { handle: 'alimzhan-akayev' }, inEffect: 'YES' },
    ]);
  });

  it('shows both presidents on the day of the handover, and today by default', async () => {
    const handover = await registry.query(leadersOn, { at: '2024-02-26' });
    expect(handover.data.organization.leaders.nodes.map((p: any) => p.person.handle)).toEqual(['gennady-golovkin', 'test-predecessor']);
    const now = await registry.query(`{ organization(handle: "noc-kazakhstan") { leaders { nodes { person { handle } } } } }`);
    expect(now.data.organization.leaders.nodes.map((p: any) => p.person.handle)).toEqual(['gennady-golovkin', 'alimzhan-akayev']);
  });

  it('treats a partial date as its whole period: a year-only start is uncertain inside that year', async () => {
    const { data } = await registry.query(`{ person(handle: "test-predecessor") { posts { nodes {
      mid2019: inEffect(at: "2019-03-01") end2019: inEffect(at: "2019-12-31") y2020: inEffect(at: "2020") after: inEffect(at: "2024-03")
    } } } }`);
    expect(data.person.posts.nodes[0]).toEqual({ mid2019: 'UNCERTAIN', end2019: 'YES', y2020: 'YES', after: 'NO' });
  });

  it('filters posts, ties, names and agreements by asOf, and keeps all of history without it', async () => {
    const { data } = await registry.query(`{
      organization(handle: "noc-kazakhstan") {
        all: posts(filter: { role: PRESIDENT }) { totalCount }
        in2023: posts(filter: { role: PRESIDENT }, asOf: "2023-06-01") { nodes { person { handle } } }
        names1990: names(asOf: "1990") { nodes { value } }
        affiliations(asOf: "2025") { totalCount }
      }
      world: organization(handle: "world-aquatics") { name(asOf: "2020") now: name }
      agreements(asOf: "2024") { totalCount }
      in2025: agreements(asOf: "2025") { totalCount }
    }`);
    expect(data.organization.all.totalCount).toBe(2);
    expect(data.organization.in2023.nodes).toEqual([{ person: { handle: 'test-predecessor' } }]);
    expect(data.organization.names1990.nodes.map((n: any) => n.value)).toContain('Test Former Name');
    expect(data.organization.affiliations.totalCount).toBeGreaterThan(0);
    expect(data.world).toEqual({ name: 'FINA', now: 'World Aquatics' });
    expect(data.agreements.totalCount).toBe(0); // all three were first discussed in 2025
    expect(data.in2025.totalCount).toBe(3);
  });
});

describe('names in the reader\'s language', () => {
  const ask = (query: string, acceptLanguage?: string) => registry.queryWith(query, { acceptLanguage });

  it('answers in the language asked for, says which it used, and falls back along the chain', async () => {
    const { data } = await ask(`{ person(handle: "alimzhan-akayev") {
      kk: name(lang: "kk") ru: name(lang: "ru") ar: name(lang: "ar") fr: name(lang: "fr") plain: name
      kkCyrl: localName(lang: "kk-Cyrl") { value lang kind } frLocal: localName(lang: "fr") { lang }
    } }`);
    expect(data.person).toEqual({
      kk: 'Әлімжан Ақаев', ru: 'Алимжан Акаев', ar: 'أليمزان أكاييف', fr: 'Alimzhan Akayev', plain: 'Alimzhan Akayev',
      kkCyrl: { value: 'Әлімжан Ақаев', lang: 'kk', kind: 'OFFICIAL' }, frLocal: { lang: 'en' },
    });
  });

  it('takes the default language from Accept-Language, and an explicit lang still wins', async () => {
    const { data } = await ask(`{ person(handle: "gennady-golovkin") { name en: name(lang: "en") localName { lang } } }`, 'fr, ru;q=0.9, en;q=0.5');
    expect(data.person).toEqual({ name: 'Геннадий Головкин', en: 'Gennady Golovkin', localName: { lang: 'ru' } });
  });

  it('never shows a name the source got wrong: QOC in Arabic falls back to English', async () => {
    const { data } = await ask(`{ organization(handle: "noc-qatar") { name(lang: "ar") localName(lang: "ar") { lang value } } ioc: organization(handle: "ioc") { name(lang: "ar") } }`);
    expect(data.organization).toEqual({ name: 'Qatar Olympic Committee', localName: { lang: 'en', value: 'Qatar Olympic Committee' } });
    expect(data.ioc.name).toBe('اللجنة الأولمبية الدولية');
  });

  it('stays batched: names in a language for every organisation cost a fixed number of statements', async () => {
    const query = `query ($n: Int) { organizations(first: $n) { nodes { name(lang: "ar") } } }`;
    const two = await registry.query(query, { n: 2 });
    const all = await registry.query(query, { n: 100 });
    expect(all.sqlStatements).toBe(two.sqlStatements);
  });
});
