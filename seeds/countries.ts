/**
 * The world's countries as seed records, built from two npm datasets read from node_modules at
 * seed time (so nothing downloads at run time and the version cited is the one installed):
 * - world-countries (ODbL 1.0): every country and territory of ISO 3166-1 with its alpha-2,
 *   alpha-3 and numeric codes, its IOC code where it has a National Olympic Committee, and its
 *   English names; from its dist/countries.csv;
 * - i18n-iso-countries (MIT): the names of each, by alpha-2 code, in the languages of `LANGUAGES`.
 * Each dataset file the seed reads is stored as a source with its text, and every row cites it
 * with a quote of the line that states it, so each citation can be checked against the source.
 *
 * On top, the hand-written layer: seeds/data/countries.json (the registry's own country records,
 * whose fields and citations win over the dataset's) and seeds/data/country-codes.json (IOC codes
 * the dataset lacks, former codes of current countries with their years, and the states and teams
 * that no longer exist, found by their former codes).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Confidence, NameKind, SourceKind } from '../src/db/enums.js';
import { projectFile } from '../src/paths.js';
import type { CitationData, Cited, CountryData, IdentifierData, NameData, SourceData } from './types.js';

/** The languages every country is named in: BCP 47 tag -> i18n-iso-countries file (its `zh` is Simplified Chinese). */
const LANGUAGES: Record<string, string> = { en: 'en', fr: 'fr', ar: 'ar', ru: 'ru', kk: 'kk', 'zh-Hans': 'zh', es: 'es' };

/** A country row as the seed writes it, with everything that hangs on it. */
export interface CountryRecord extends Cited {
  /** How the seed names it, in messages and in its record of the rows it wrote: `country "GER"`. */
  where: string;
  /** The columns the seed finds its row by: ISO alpha-3, else the IOC code or alpha-2, else (a former state) the name. */
  key: ('iso3' | 'iocCode' | 'iso2' | 'name')[];
  row: { iocCode: string | null; iso2: string | null; iso3: string | null; isoNumeric: string | null; name: string; officialName: string | null };
  /** The codes the other seed files may refer to it by, IOC code first, then ISO, then former codes. */
  codes: string[];
  names: NameData[];
  identifiers: IdentifierData[];
}

/** seeds/data/country-codes.json: what the datasets lack, reviewed by hand. */
interface CountryCodesFile {
  sources: SourceData[];
  /** IOC codes of current NOCs the dataset lacks, by ISO alpha-3. */
  iocCodes: (Cited & { iso3: string; iocCode: string })[];
  /** Former codes of current countries, by the country's ISO alpha-3. */
  formerCodes: (Cited & IdentifierData & { country: string })[];
  /** States and teams that no longer exist, found by their former codes. */
  formerCountries: (Cited & { name: string; officialName?: string | null; codes: IdentifierData[] })[];
}

const packages = createRequire(import.meta.url);

/** An installed package's version and metadata, and the text of one of its files. */
function dataset(name: string) {
  const folder = dirname(packages.resolve(`${name}/package.json`));
  const meta = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    version: string; author?: { name?: string }; repository?: { url?: string }; license?: string; licenses?: { type: string }[];
  };
  return {
    version: meta.version,
    publisher: meta.author?.name ?? null,
    url: meta.repository?.url?.replace(/^git\+/, '').replace(/\.git$/, '') ?? null,
    license: meta.license ?? meta.licenses?.map((l) => l.type).join(', ') ?? 'unknown',
    file: (path: string) => readFileSync(join(folder, path), 'utf8'),
  };
}

/** The fields of one CSV line (RFC 4180 quoting; this file has no line break inside a field) and where each ends in the line. */
function csvFields(line: string): { values: string[]; ends: number[] } {
  const values: string[] = [];
  const ends: number[] = [];
  for (let i = 0; ; i++) {
    let value = '';
    if (line[i] === '"') {
      for (i++; ; i += 2) {
        const close = line.indexOf('"', i);
        if (close < 0) throw new Error(`world-countries CSV: unclosed quote in ${line.slice(0, 40)}`);
        value += line.slice(i, close);
        i = close;
        if (line[close + 1] !== '"') break;
        value += '"';
      }
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      value = line.slice(i, end);
      i = end;
    }
    values.push(value);
    ends.push(i);
    if (line[i] !== ',') return { values, ends };
  }
}

interface DatasetCountry {
  common: string;
  official: string;
  cca2: string;
  ccn3: string;
  cca3: string;
  cioc: string;
  status: string;
  /** The line up to its IOC code: names, top-level domain and the four codes, verbatim. */
  quote: string;
}

/** world-countries' rows, read from its CSV by the header's column names. */
function worldCountries(csv: string): DatasetCountry[] {
  const [header, ...lines] = csv.split(/\r?\n/).filter((line) => line !== '');
  const columns = csvFields(header!).values;
  const at = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`world-countries CSV: no column "${name}"`);
    return index;
  };
  const [common, official, cca2, ccn3, cca3, cioc, status] = ['name.common', 'name.official', 'cca2', 'ccn3', 'cca3', 'cioc', 'status'].map(at);
  return lines.map((line) => {
    const { values, ends } = csvFields(line);
    const field = (index: number) => values[index!]!;
    return {
      common: field(common!), official: field(official!), cca2: field(cca2!), ccn3: field(ccn3!), cca3: field(cca3!),
      cioc: field(cioc!), status: field(status!), quote: line.slice(0, ends[Math.max(common!, official!, cca2!, ccn3!, cca3!, cioc!)]),
    };
  });
}

/** One language file of i18n-iso-countries: each alpha-2 code's names (the first is the main one) and its line in the file. */
function namesFile(text: string): Map<string, { names: string[]; line: string }> {
  const { countries } = JSON.parse(text) as { countries: Record<string, string | string[]> };
  const lines = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*("([A-Z]{2})": .*?),?\s*$/.exec(line);
    if (match) lines.set(match[2]!, match[1]!);
  }
  return new Map(Object.entries(countries).map(([code, names]) => {
    const line = lines.get(code);
    if (!line) throw new Error(`i18n-iso-countries: no line of its own for ${code}`);
    return [code, { names: Array.isArray(names) ? names : [names], line }];
  }));
}

/** Citations of one fact from the same source with no quote are one citation (their notes joined): the seed keys citations by source and quote. */
function oneCitationPerQuote(citations: CitationData[]): CitationData[] {
  const merged = new Map<string, CitationData>();
  const rank = [Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH];
  for (const c of citations) {
    const key = `${c.source}\u0000${c.quote ?? ''}`;
    const earlier = merged.get(key);
    if (!earlier) merged.set(key, { ...c });
    else {
      earlier.note = [earlier.note, c.note].filter(Boolean).join(' ') || null;
      if (rank.indexOf(c.confidence) < rank.indexOf(earlier.confidence)) earlier.confidence = c.confidence;
    }
  }
  return [...merged.values()];
}

/**
 * The sources and country records of the seed: every row of world-countries with its names in
 * every language of `LANGUAGES`, the hand-written countries merged in, then the former states.
 */
export function countrySeed(handWritten: CountryData[]): { sources: SourceData[]; countries: CountryRecord[] } {
  const extra = JSON.parse(readFileSync(projectFile('seeds/data/country-codes.json'), 'utf8')) as CountryCodesFile;
  const world = dataset('world-countries');
  const i18n = dataset('i18n-iso-countries');
  const csv = world.file('dist/countries.csv');
  const sources: SourceData[] = [{
    handle: 'world-countries', kind: SourceKind.REFERENCE, title: `world-countries ${world.version}: dist/countries.csv`,
    publisher: world.publisher, url: world.url, lang: 'en', text: csv,
    note: `ISO 3166-1 codes (alpha-2, alpha-3, numeric), IOC codes and English names of every country and territory, as the npm package world-countries ${world.version} ships them. Licence: ${world.license} (Open Database License): the country data derived from it is under the ODbL too.`,
  }];
  const languages = Object.entries(LANGUAGES).map(([lang, file]) => {
    const text = i18n.file(`langs/${file}.json`);
    sources.push({
      handle: `i18n-iso-countries-${file}`, kind: SourceKind.REFERENCE, title: `i18n-iso-countries ${i18n.version}: langs/${file}.json`,
      publisher: i18n.publisher, url: i18n.url, lang, text,
      note: `Country names in \`${lang}\` by ISO 3166-1 alpha-2 code, as the npm package i18n-iso-countries ${i18n.version} ships them. Licence: ${i18n.license}.`,
    });
    return { lang, source: `i18n-iso-countries-${file}`, names: namesFile(text) };
  });
  const english = languages.find((l) => l.lang === 'en')!.names;
  sources.push(...extra.sources);

  const byIso3 = new Map(handWritten.filter((c) => c.iso3).map((c) => [c.iso3!, c]));
  const iocCodes = new Map(extra.iocCodes.map((c) => [c.iso3, c]));
  const formerCodes = new Map<string, CountryCodesFile['formerCodes']>();
  for (const f of extra.formerCodes) formerCodes.set(f.country, [...(formerCodes.get(f.country) ?? []), f]);
  const used = new Set<object>();

  const countries = worldCountries(csv).map((w): CountryRecord => {
    // Kosovo's codes are user-assigned, not ISO 3166-1: its XK is widely used (and both datasets give it), its alpha-3 (UNK, the UN's) and numeric are not.
    const assigned = w.status === 'officially-assigned';
    const iso3 = assigned ? w.cca3 : null;
    const hand = (iso3 && byIso3.get(iso3)) || handWritten.find((c) => c.iocCode && c.iocCode === w.cioc);
    const added = iso3 ? iocCodes.get(iso3) : undefined;
    if (added && w.cioc && w.cioc !== added.iocCode) throw new Error(`seeds/data/country-codes.json: ${iso3}'s IOC code is ${added.iocCode}, but world-countries ${world.version} now says ${w.cioc}.`);
    const iocCode = w.cioc || added?.iocCode || null;
    const row = {
      iocCode, iso2: w.cca2, iso3, isoNumeric: assigned ? w.ccn3 : null,
      name: hand?.name ?? w.common, officialName: hand ? hand.officialName ?? null : w.official,
    };
    // As the seed has always named countries (its record of what it wrote is keyed by this): by IOC code, else ISO.
    const where = `country "${iocCode ?? iso3 ?? w.cca2}"`;
    if (hand) {
      used.add(hand);
      for (const field of ['iocCode', 'iso2', 'iso3'] as const) {
        if (hand[field] !== row[field]) throw new Error(`seeds/data/countries.json: ${where} has ${field} ${hand[field]}, world-countries ${world.version} ${row[field]}.`);
      }
    }
    const former = (iso3 && formerCodes.get(iso3)) || [];
    for (const entry of [added, ...former]) if (entry) used.add(entry);
    const names = languages.flatMap(({ lang, source, names: file }) => {
      const entry = file.get(w.cca2);
      if (!entry) throw new Error(`i18n-iso-countries ${i18n.version} has no ${lang} name for ${w.cca2}`);
      const quoteTranslation = lang === 'en' ? null : english.get(w.cca2)!.line;
      return [...new Set(entry.names)].map((value, i): NameData => ({
        value, lang, kind: i === 0 ? NameKind.OFFICIAL : NameKind.ALIAS,
        citations: [{ source, quote: entry.line, quoteTranslation, confidence: Confidence.HIGH }],
      }));
    });
    const fromDataset: CitationData = {
      source: 'world-countries', quote: w.quote, confidence: Confidence.HIGH,
      note: assigned ? null : `${w.cca3} is the UN's code for ${w.common}, not an ISO 3166-1 code (its ISO status is ${w.status}): the registry keeps only the alpha-2 ${w.cca2}.`,
    };
    return {
      where, row, names,
      key: iso3 ? ['iso3'] : iocCode ? ['iocCode'] : ['iso2'],
      codes: [iocCode, iso3, w.cca2, ...former.map((f) => f.value)].filter((code): code is string => Boolean(code)),
      identifiers: former.map(({ scheme, value, startDate, endDate }) => ({ scheme, value, startDate, endDate })),
      citations: oneCitationPerQuote([fromDataset, ...(hand?.citations ?? []), ...(added?.citations ?? []), ...former.flatMap((f) => f.citations)]),
    };
  });

  const unmatched = [...extra.iocCodes, ...extra.formerCodes].filter((entry) => !used.has(entry));
  if (unmatched.length) throw new Error(`seeds/data/country-codes.json names countries world-countries does not have: ${unmatched.map((e) => ('country' in e ? e.country : e.iso3)).join(', ')}.`);
  // Hand-written countries the dataset does not have are loaded as written.
  for (const c of handWritten.filter((c) => !used.has(c))) {
    countries.push({
      where: `country "${c.iocCode ?? c.iso3 ?? c.name}"`, key: c.iocCode ? ['iocCode'] : ['iso3'],
      row: { iocCode: c.iocCode, iso2: c.iso2, iso3: c.iso3, isoNumeric: null, name: c.name, officialName: c.officialName ?? null },
      codes: [c.iocCode, c.iso3, c.iso2].filter((code): code is string => Boolean(code)),
      names: [], identifiers: [], citations: c.citations ?? [],
    });
  }
  for (const f of extra.formerCountries) {
    countries.push({
      where: `former country "${f.name}"`, key: ['name'],
      row: { iocCode: null, iso2: null, iso3: null, isoNumeric: null, name: f.name, officialName: f.officialName ?? null },
      codes: f.codes.map((code) => code.value), names: [], identifiers: f.codes, citations: f.citations,
    });
  }
  checkCodes(countries);
  return { sources, countries };
}

/** Every code names one country: a former code may not be a code of another country (the data files are wrong otherwise). */
function checkCodes(countries: CountryRecord[]): void {
  const holders = new Map<string, Set<string>>();
  for (const c of countries) for (const code of c.codes) holders.set(code, (holders.get(code) ?? new Set()).add(c.where));
  for (const c of countries) {
    for (const { value } of c.identifiers) {
      const others = [...holders.get(value)!].filter((where) => where !== c.where);
      if (others.length) throw new Error(`seeds/data/country-codes.json: ${c.where} has the former code ${value}, which is also a code of ${others.join(', ')}.`);
    }
  }
}
