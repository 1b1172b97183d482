/**
 * Language tags (BCP 47): the one check every tag a client gives goes through (arguments, filters,
 * inputs, Accept-Language), and the chain of tags a request would like names in.
 */
import { clip } from './client-text.js';
import { UserInputError } from './errors.js';

/**
 * The canonical form of a BCP 47 language tag (`EN-gb` -> `en-GB`, `kk-cyrl` -> `kk-Cyrl`,
 * `iw` -> `he`), or null when `tag` is not one. Intl parses it by the standard's grammar. The
 * grammar also allows language subtags of five to eight letters, of which none is registered, so
 * those are refused too: `Russian` is a language's name, not its tag.
 */
export function canonicalLanguageTag(tag: string): string | null {
  let canonical = known.get(tag);
  if (canonical === undefined) {
    canonical = parse(tag);
    if (known.size < MAX_KNOWN && tag.length <= MAX_KNOWN_LENGTH) known.set(tag, canonical);
  }
  return canonical;
}

/** Tags read so far: Intl takes about 10 µs a tag, and a query may ask `name(lang:)` of thousands of objects. Bounded, as clients choose the keys. */
const known = new Map<string, string | null>();
const MAX_KNOWN = 1000;
const MAX_KNOWN_LENGTH = 64;

function parse(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    // The canonical form starts with the language subtag.
    return canonical && canonical.split('-')[0]!.length <= 3 ? canonical : null;
  } catch {
    return null; // RangeError: not well-formed
  }
}

/** What is wrong with a tag that is not one, said after the field's name: "`lang` must be ..., not "x"". */
export function notALanguageTag(tag: string): string {
  return `must be a BCP 47 language tag such as \`ar\`, \`en-GB\` or \`kk-Cyrl\`, not ${JSON.stringify(clip(tag))}`;
}

/** A tag given in an argument (or in the filter `argumentName`), canonical; BAD_USER_INPUT naming it when it is not a tag. */
export function languageTagArgument(tag: string, name: string, argumentName = name): string {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) throw new UserInputError(`\`${name}\` ${notALanguageTag(tag)}.`, argumentName);
  return canonical;
}

/**
 * `ar, kk-Cyrl;q=0.9, en;q=0.5` -> ['ar', 'kk-cyrl', 'en'], best first; `*`, q=0 and anything
 * that is not a language tag are dropped: a header is not refused for one bad range.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { tag: canonicalLanguageTag(tag.trim())?.toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((l): l is typeof l & { tag: string } => l.tag !== undefined && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}

/** The explicit tag first, then the request's preferences, then English; no repeats. */
export function languageChain(explicit: string | null | undefined, preferred: readonly string[]): string[] {
  return [...new Set([...(explicit ? [explicit.trim().toLowerCase()] : []), ...preferred, 'en'])];
}

/** `kk-Cyrl` -> `kk`. */
export function primaryTag(tag: string): string {
  return tag.toLowerCase().split('-')[0];
}
