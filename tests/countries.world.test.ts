/**
 * The world's countries as reference data (issue 10): every ISO 3166-1 code and every current IOC
 * code resolves with `country(code:)`, every country is named in the languages the registry
 * promises, each name cited to the dataset it comes from, former codes resolve with their years,
 * and a code no country has is BAD_USER_INPUT wherever a country code is taken. The expectations
 * are read from the installed datasets themselves (their JSON, not the CSV the seed reads).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryCodeHelp } from '../src/shared/country-codes.js';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();
const packages = createRequire(import.meta.url);
const packageFile = (name: string, path: string) => readFileSync(join(dirname(packages.resolve(`${name}/package.json`)), path), 'utf8');
const versionOf = (name: string) => (JSON.parse(packageFile(name, 'package.json')) as { version: string }).version;

interface WorldCountry { cca2: string; cca3: string; ccn3: string; cioc: string; status: string; name: { common: string } }
const world = JSON.parse(packageFile('world-countries', 'countries.json')) as WorldCountry[];
const codes = JSON.parse(readFileSync(new URL('../seeds/data/country-codes.json', import.meta.url), 'utf8')) as {
  iocCodes: { iso3: string; iocCode: string }[];
  formerCodes: { country: string; scheme: string; value: string; startDate?: string; endDate?: string }[];
  formerCountries: { name: string; codes: { scheme: string; value: string; startDate?: string; endDate?: string }[] }[];
};
/** The registry's languages and the i18n-iso-countries file each comes from. */
const languages = { en: 'en', fr: 'fr', ar: 'ar', ru: 'ru', kk: 'kk', zh: 'zh', es: 'es' } as const;
const names = Object.fromEntries(Object.entries(languages).map(([lang, file]) =>
  [lang, (JSON.parse(packageFile('i18n-iso-countries', `langs/${file}.json`)) as { countries: Record<string, string | string[]> }).countries]));
const mainName = (lang: string, iso2: string) => [names[lang]![iso2]!].flat()[0];

/** The IOC code of each country, the dataset's and the ones seeds/data/country-codes.json adds. */
const iocOf = new Map(world.map((w) => [w.cca2, w.cioc || codes.iocCodes.find((c) => c.iso3 === w.cca3)?.iocCode || null]));
/** ISO codes are the dataset's where ISO assigned them (Kosovo's XK is user-assigned, and only it is kept). */
const isoAssigned = world.filter((w) => w.status === 'officially-assigned');

/** Asks `country(code:)` for many codes, 25 aliases a query (the alias limit is 30). */
async function lookUp<T>(codesAsked: string[], selection: string): Promise<Map<string, T | null>> {
  const found = new Map<string, T | null>();
  for (let i = 0; i < codesAsked.length; i += 25) {
    const batch = codesAsked.slice(i, i + 25);
    const { data, errors } = await registry.query(`{ ${batch.map((code, n) => `c${n}: country(code: ${JSON.stringify(code)}) { ${selection} }`).join(' ')} }`);
    expect(errors).toBeUndefined();
    batch.forEach((code, n) => found.set(code, data[`c${n}`]));
  }
  return found;
}

describe('country(code:) answers for every code of the datasets', () => {
  it('finds every country and territory by its ISO alpha-2, alpha-3 and numeric code, the IOC code first where an alpha-3 is another country\'s IOC code', async () => {
    // Bahrain's IOC code BRN is Brunei's ISO alpha-3: one lookup can answer only one, and the IOC code wins.
    const iocHolder = new Map([...iocOf].filter(([, ioc]) => ioc).map(([iso2, ioc]) => [ioc!, iso2]));
    const expected = new Map<string, string>();
    for (const w of world) expected.set(w.cca2, w.cca2);
    for (const w of isoAssigned) {
      expected.set(w.cca3, iocHolder.get(w.cca3) ?? w.cca2);
      expected.set(w.ccn3, w.cca2);
    }
    const found = await lookUp<{ iso2: string }>([...expected.keys()], 'iso2');
    const wrong = [...expected].filter(([code, iso2]) => found.get(code)?.iso2 !== iso2).map(([code, iso2]) => `${code}: ${found.get(code)?.iso2} not ${iso2}`);
    expect(wrong).toEqual([]);
    expect(expected.size).toBeGreaterThan(740);
    expect(found.get('BRN')?.iso2).toBe('BH');
    expect((await lookUp(['BRU', 'UNK'], 'iso2'))).toEqual(new Map([['BRU', { iso2: 'BN' }], ['UNK', null]]));
  });

  it('finds every National Olympic Committee\'s country by its IOC code, with its codes side by side', async () => {
    const nocs = [...iocOf].filter(([, ioc]) => ioc) as [string, string][];
    expect(nocs.length).toBe(206);
    const found = await lookUp<{ iocCode: string; iso2: string; iso3: string | null }>(nocs.map(([, ioc]) => ioc), 'iocCode iso2 iso3');
    const wrong = nocs.filter(([iso2, ioc]) => found.get(ioc)?.iso2 !== iso2 || found.get(ioc)?.iocCode !== ioc);
    expect(wrong).toEqual([]);
    expect(found.get('GER')).toEqual({ iocCode: 'GER', iso2: 'DE', iso3: 'DEU' });
    expect(found.get('SSD')).toEqual({ iocCode: 'SSD', iso2: 'SS', iso3: 'SSD' });
    expect(found.get('KOS')).toEqual({ iocCode: 'KOS', iso2: 'XK', iso3: null });
  });

  it('keeps the hand-written records and the codes the other seed files use', async () => {
    const { data } = await as.anonymous(`{
      kaz: country(code: "KAZ") { name officialName organizations { totalCount } }
      sui: country(code: "CHE") { iocCode name officialName }
    }`);
    expect(data.kaz).toEqual({ name: 'Kazakhstan', officialName: 'Republic of Kazakhstan', organizations: { totalCount: 4 } });
    expect(data.sui).toEqual({ iocCode: 'SUI', name: 'Switzerland', officialName: 'Swiss Confederation' });
  });
});

describe('names in every language, cited to the dataset', () => {
  it('names every country of the datasets in en, fr, ar, ru, kk, zh and es, as i18n-iso-countries does', async () => {
    const selection = Object.keys(languages).map((lang) => `${lang}: name(lang: "${lang}")`).join(' ');
    const answered = new Map<string, Record<string, string>>();
    for (let after: string | null = null, more = true; more;) {
      const { data, errors }: { data?: any; errors?: unknown } = await registry.query(`query ($after: String) { countries(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { iso2 ${selection} } } }`, { after });
      expect(errors).toBeUndefined();
      for (const node of data.countries.nodes) if (node.iso2) answered.set(node.iso2, node);
      ({ hasNextPage: more, endCursor: after } = data.countries.pageInfo);
    }
    const wrong = world.flatMap((w) => Object.keys(languages)
      .filter((lang) => answered.get(w.cca2)?.[lang] !== mainName(lang, w.cca2))
      .map((lang) => `${w.cca2} ${lang}: ${answered.get(w.cca2)?.[lang]}`));
    expect(wrong).toEqual([]);
    expect(answered.size).toBe(world.length);
  });

  it('answers in Kazakh, Chinese and Arabic for well-known countries', async () => {
    const { data } = await as.anonymous(`{
      ger: country(code: "GER") { en: name(lang: "en") fr: name(lang: "fr") ar: name(lang: "ar") ru: name(lang: "ru") kk: name(lang: "kk") zh: name(lang: "zh") es: name(lang: "es") }
      kaz: country(code: "KZ") { kk: name(lang: "kk") ru: name(lang: "ru") localName(lang: "zh-Hans") { value lang kind } }
      qat: country(code: "QAT") { ar: name(lang: "ar") }
    }`);
    expect(data.ger).toEqual({ en: 'Germany', fr: 'Allemagne', ar: 'ألمانيا', ru: 'Германия', kk: 'Германия', zh: '德国', es: 'Alemania' });
    expect(data.kaz).toEqual({ kk: 'Қазақстан', ru: 'Казахстан', localName: { value: '哈萨克斯坦', lang: 'zh-Hans', kind: 'OFFICIAL' } });
    expect(data.qat).toEqual({ ar: 'قطر' });
  });

  it('cites every country name and every country to the dataset file, version and line that state it', async () => {
    const { data } = await as.anonymous(`{ country(code: "KAZ") {
      citations { nodes { quote confidence source { handle title } } }
      names(first: 50) { nodes { lang value citations { nodes { quote quoteTranslation confidence source { handle title lang } } } } }
    } }`);
    // Beside the editors' citations of seeds/data/countries.json.
    expect(data.country.citations.nodes).toContainEqual({
      quote: '"Kazakhstan","Republic of Kazakhstan",".kz,.қаз","KZ","398","KAZ","KAZ"', confidence: 'HIGH',
      source: { handle: 'world-countries', title: `world-countries ${versionOf('world-countries')}: dist/countries.csv` },
    });
    expect(data.country.names.nodes.map((n: any) => n.lang).sort()).toEqual(['ar', 'en', 'es', 'fr', 'kk', 'ru', 'zh-Hans']);
    const kk = data.country.names.nodes.find((n: any) => n.lang === 'kk');
    expect(kk.citations.nodes).toEqual([{
      quote: '"KZ": "Қазақстан"', quoteTranslation: '"KZ": "Kazakhstan"', confidence: 'HIGH',
      source: { handle: 'i18n-iso-countries-kk', title: `i18n-iso-countries ${versionOf('i18n-iso-countries')}: langs/kk.json`, lang: 'kk' },
    }]);
    // Every quote of the datasets is in the stored text of its source, and every country name and current country has one.
    const sql = (text: string) => registry.db.$client.prepare(text).pluck().get();
    const quoted = `EXISTS (SELECT 1 FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.%s = x.id AND instr(s.text, c.quote) > 0 AND s.handle LIKE '%s%%')`;
    expect(sql(`SELECT count(*) FROM names x WHERE x.country_id IS NOT NULL AND NOT ${quoted.replace('%s', 'name_id').replace('%s', 'i18n-iso-countries-')}`)).toBe(0);
    expect(sql(`SELECT count(*) FROM countries x WHERE x.iso2 IS NOT NULL AND NOT ${quoted.replace('%s', 'country_id').replace('%s', 'world-countries')}`)).toBe(0);
    expect(sql(`SELECT count(*) FROM names WHERE country_id IS NOT NULL`)).toBeGreaterThanOrEqual(world.length * 7);
  });

  it('finds countries by their names in those languages', async () => {
    const search = `query ($q: String!) { search(query: $q, types: [COUNTRY]) { edges { matchedText matchedLang node { ... on Country { iocCode } } } } }`;
    for (const [q, lang, ioc] of [['Германия', 'ru', 'GER'], ['Қазақстан', 'kk', 'KAZ'], ['ألمانيا', 'ar', 'GER'], ['Alemania', 'es', 'GER'], ['德国', 'zh-Hans', 'GER']]) {
      const { data } = await as.anonymous(search, { q });
      expect(data.search.edges[0], q).toEqual({ matchedText: q, matchedLang: lang, node: { iocCode: ioc } });
    }
  });
});

describe('former codes', () => {
  it('finds the Soviet Union by URS and SUHH, and Germany by FRG, with the years each code was used', async () => {
    const { data } = await as.anonymous(`{
      urs: country(code: "URS") { name iocCode identifiers { nodes { scheme value startDate endDate in1980: inEffect(at: "1980") now: inEffect } } }
      suhh: country(code: "suhh") { name }
      frg: country(code: "FRG") { iocCode identifiers(filter: { scheme: "ioc_code" }) { nodes { value startDate endDate } } }
      eun: country(code: "EUN") { name identifiers { nodes { value startDate endDate } } }
    }`);
    expect(data.urs).toEqual({
      name: 'Soviet Union', iocCode: null, identifiers: { nodes: [
        { scheme: 'ioc_code', value: 'URS', startDate: '1952', endDate: '1988', in1980: 'YES', now: 'NO' },
        { scheme: 'iso_3166_3', value: 'SUHH', startDate: null, endDate: null, in1980: 'UNCERTAIN', now: 'UNCERTAIN' },
      ] },
    });
    expect(data.suhh).toEqual({ name: 'Soviet Union' });
    expect(data.frg).toEqual({ iocCode: 'GER', identifiers: { nodes: [{ value: 'FRG', startDate: '1968', endDate: '1988' }] } });
    expect(data.eun).toEqual({ name: 'Unified Team', identifiers: { nodes: [{ value: 'EUN', startDate: '1992', endDate: '1992' }] } });
  });

  it('resolves every former code of seeds/data/country-codes.json to its country, with its years', async () => {
    const expected = [
      ...codes.formerCodes.map((c) => ({ ...c, iso3: c.country as string | null, name: null as string | null })),
      ...codes.formerCountries.flatMap((f) => f.codes.map((c) => ({ ...c, iso3: null, name: f.name }))),
    ];
    const found = await lookUp<{ iso3: string | null; name: string; identifiers: { nodes: { scheme: string; value: string; startDate: string | null; endDate: string | null }[] } }>(
      expected.map((e) => e.value), 'iso3 name identifiers { nodes { scheme value startDate endDate } }');
    for (const e of expected) {
      const country = found.get(e.value);
      expect(country, e.value).toMatchObject(e.name ? { iso3: null, name: e.name } : { iso3: e.iso3 });
      expect(country!.identifiers.nodes, e.value).toContainEqual({ scheme: e.scheme, value: e.value, startDate: e.startDate ?? null, endDate: e.endDate ?? null });
    }
  });

  it('looks a filter\'s code up once per request, however many lists the filter is on', async () => {
    // From the 101st country on (Kazakhstan is among the next 50).
    const after = (await registry.query(`{ countries(first: 100) { pageInfo { endCursor } } }`)).data.countries.pageInfo.endCursor;
    const nested = (n: number) => registry.query(`query ($after: String) { countries(first: ${n}, after: $after) { nodes { organizations(filter: { country: "kz" }) { totalCount } } } }`, { after });
    const [few, many] = [await nested(5), await nested(50)];
    expect(many.errors).toBeUndefined();
    expect(many.sqlStatements).toBe(few.sqlStatements);
    expect(many.data.countries.nodes.filter((n: any) => n.organizations.totalCount > 0)).toEqual([{ organizations: { totalCount: 4 } }]);
  });

  it('filters by a former code like any other', async () => {
    const { data, errors } = await as.anonymous(`{ organizations(filter: { country: "URS" }) { totalCount } people(filter: { nationality: "TCH" }) { totalCount } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ organizations: { totalCount: 0 }, people: { totalCount: 0 } });
  });

  it('keeps every code one country\'s: a former code cannot become another country\'s code, nor a current code another\'s former one', async () => {
    const errors = `userErrors { field message code }`;
    const created = await as.editor(`mutation { createCountry(input: { iocCode: "URS", isoNumeric: "276", name: "Not the USSR" }) { country { id } ${errors} } }`);
    expect(created.data.createCountry.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'iocCode'], code: 'CONFLICT', message: expect.stringContaining('"URS" is taken: it is the former ioc_code code of Soviet Union') }),
    ]);
    const numeric = await as.editor(`mutation { createCountry(input: { iocCode: "QQQ", isoNumeric: "276", name: "Not Germany" }) { country { id } ${errors} } }`);
    expect(numeric.data.createCountry.userErrors[0]).toMatchObject({ field: ['input', 'isoNumeric'], code: 'CONFLICT', message: expect.stringContaining('ISO numeric code of Germany') });
    const qatar = (await as.anonymous(`{ country(code: "QAT") { id } }`)).data.country.id;
    const stolen = await as.editor(`mutation ($id: ID!) { addIdentifier(input: { ownerId: $id, scheme: "ioc_code", value: "GER", startDate: "1900" }) { identifier { id } ${errors} } }`, { id: qatar });
    expect(stolen.data.addIdentifier.userErrors[0]).toMatchObject({ field: ['input', 'value'], code: 'CONFLICT', message: expect.stringContaining('IOC code of Germany') });
    const added = await as.editor(`mutation ($id: ID!) { addIdentifier(input: { ownerId: $id, scheme: "ioc_code", value: "QTR", startDate: "1984", endDate: "1988" }) { identifier { value startDate endDate } ${errors} } }`, { id: qatar });
    expect(added.data.addIdentifier).toEqual({ identifier: { value: 'QTR', startDate: '1984', endDate: '1988' }, userErrors: [] });
    expect((await as.anonymous(`{ country(code: "QTR") { iocCode } }`)).data.country).toEqual({ iocCode: 'QAT' });
  });
});

describe('a code no country has', () => {
  /** Every filter field and every input field that takes a country code, found by how its description ends. */
  async function fieldsTakingCountryCodes(kind: 'INPUT_OBJECT') {
    const { data } = await registry.query(`{ __schema { types { name kind inputFields { name description } } } }`);
    return (data.__schema.types as { name: string; kind: string; inputFields: { name: string; description: string }[] | null }[])
      .filter((type) => type.kind === kind)
      .flatMap((type) => (type.inputFields ?? []).filter((f) => f.description?.includes(countryCodeHelp)).map((f) => `${type.name}.${f.name}`))
      .sort();
  }

  it('is BAD_USER_INPUT naming the code in every filter that takes one, never an empty answer', async () => {
    const filters: Record<string, string> = {
      'OrganizationFilter.country': '{ organizations(filter: { country: "KAZZ" }) { totalCount } }',
      'PersonFilter.nationality': '{ people(filter: { nationality: "KAZZ" }) { totalCount } }',
      'EventFilter.country': '{ events(filter: { or: [{ country: "KAZ" }, { country: "KAZZ" }] }) { totalCount } }',
      'CountryFilter.codes': '{ countries(filter: { codes: ["KAZ", "KAZZ"] }) { totalCount } }',
    };
    expect(Object.keys(filters).sort()).toEqual((await fieldsTakingCountryCodes('INPUT_OBJECT')).filter((f) => f.includes('Filter.')));
    for (const [field, query] of Object.entries(filters)) {
      const { data, errors } = await as.anonymous(query);
      expect(data, field).toBeNull();
      expect(errors, field).toEqual([expect.objectContaining({
        message: 'Unknown country code "KAZZ": use an IOC code (`KAZ`), an ISO 3166-1 code (`KZ`, `KAZ`, `398`) or a former code (`URS`, `SUHH`), as country(code:) accepts.',
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter' },
      })]);
    }
    // In a nested list too.
    const nested = await as.anonymous(`{ country(code: "KAZ") { organizations(filter: { country: "KAZZ" }) { totalCount } } }`);
    expect(nested.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is BAD_USER_INPUT naming the code in every input that takes one, with nothing written', async () => {
    const ids = (await as.anonymous(`{ organization(handle: "noc-qatar") { id } person(handle: "gennady-golovkin") { id } event(handle: "astana-meeting-2025") { id } }`)).data;
    const inputs: Record<string, [mutation: string, input: Record<string, unknown>]> = {
      'CreateOrganizationInput.country': ['createOrganization(input: $input) { organization { id } }', { handle: 'no-where', kind: 'OTHER', name: 'Nowhere', country: 'KAZZ' }],
      'UpdateOrganizationInput.country': ['updateOrganization(input: $input) { organization { id } }', { id: ids.organization.id, country: 'KAZZ' }],
      'CreatePersonInput.nationality': ['createPerson(input: $input) { person { id } }', { handle: 'no-one', name: 'No One', nationality: 'KAZZ' }],
      'UpdatePersonInput.nationality': ['updatePerson(input: $input) { person { id } }', { id: ids.person.id, nationality: 'KAZZ' }],
      'CreateEventInput.country': ['createEvent(input: $input) { event { id } }', { handle: 'no-event', name: 'No event', kind: 'MEETING', status: 'PLANNED', country: 'KAZZ' }],
      'UpdateEventInput.country': ['updateEvent(input: $input) { event { id } }', { id: ids.event.id, country: 'KAZZ' }],
    };
    expect(Object.keys(inputs).sort()).toEqual((await fieldsTakingCountryCodes('INPUT_OBJECT')).filter((f) => f.includes('Input.')));
    const before = snapshot(registry);
    for (const [field, [mutation, input]] of Object.entries(inputs)) {
      const type = field.split('.')[0];
      const { errors } = await as.editor(`mutation ($input: ${type}!) { ${mutation} }`, { input });
      expect(errors, field).toEqual([expect.objectContaining({
        message: expect.stringContaining('Unknown country code "KAZZ"'), extensions: { code: 'BAD_USER_INPUT', argumentName: 'input' },
      })]);
    }
    expect(snapshot(registry)).toBe(before);
  });
});

describe('a team the IOC codes but ISO does not', () => {
  it('is added as the README shows, used at once, and its code is then taken', async () => {
    const create = `mutation { createCountry(input: { iocCode: "EOR", name: "IOC Refugee Olympic Team" }) { country { id iocCode } userErrors { field message code } } }`;
    const created = await as.editor(create);
    expect(created.data.createCountry).toMatchObject({ country: { iocCode: 'EOR' }, userErrors: [] });
    const org = await as.editor(`mutation { createOrganization(input: { handle: "refugee-team", kind: OTHER, name: "Refugee team", country: "EOR" }) { organization { country { iocCode } } userErrors { code } } }`);
    expect(org.data.createOrganization).toEqual({ organization: { country: { iocCode: 'EOR' } }, userErrors: [] });
    const again = await as.editor(create);
    expect(again.data.createCountry.userErrors).toEqual([{
      field: ['input', 'iocCode'], code: 'CONFLICT',
      message: `The code "EOR" is taken: it is the IOC code of IOC Refugee Olympic Team (${created.data.createCountry.country.id}); every code names one country. Give another code, or change that country first.`,
    }]);
  });
});
