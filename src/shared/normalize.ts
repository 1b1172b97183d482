/**
 * How names and queries are folded before they meet in the search index. Both sides go through
 * `normalizeForSearch`, so a difference it erases (case, Latin diacritics, Arabic letter variants,
 * Kazakh letters) never stops a match. Arabic words are also indexed and searched without the
 * article and the one-letter proclitics (`arabicStems`), so `مسلم` finds `المسلم`. Cyrillic names
 * are also indexed in Latin letters through `transliterationVariants`, so `golovkin` finds `Головкин`.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Letters folded one to one (after lowercasing); '' removes the letter. */
const FOLD = new Map<string, string>([
  // Arabic: alef forms, ta marbuta, alef maqsura, hamza carriers, tatweel, Persian kaf and yeh.
  // (NFKD would also split the hamza or madda off أ إ آ ؤ ئ; listing them keeps the rule explicit.)
  ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ة', 'ه'], ['ى', 'ي'], ['ؤ', 'و'], ['ئ', 'ي'],
  ['ـ', ''], ['ک', 'ك'], ['ی', 'ي'],
  // Cyrillic: ё as е; Kazakh letters as the nearest Russian ones (Әлімжан Ақаев ~ Алимжан Акаев).
  ['ё', 'е'], ['ә', 'а'], ['ғ', 'г'], ['қ', 'к'], ['ң', 'н'], ['ө', 'о'], ['ұ', 'у'], ['ү', 'у'], ['һ', 'х'], ['і', 'и'],
]);
// Arabic harakat (fathatan to wavy hamza below) and the superscript alef.
for (let code = 0x064b; code <= 0x065f; code += 1) FOLD.set(String.fromCodePoint(code), '');
FOLD.set('\u0670', '');
// Arabic-Indic and Persian digits as ASCII digits.
for (let d = 0; d <= 9; d += 1) {
  FOLD.set(String.fromCodePoint(0x0660 + d), String(d));
  FOLD.set(String.fromCodePoint(0x06f0 + d), String(d));
}

/** What each character (after lowercasing) folds to, as computed once: FOLD, else kept if Cyrillic, else without its marks. */
const folded = new Map<string, string>(FOLD);
const MAX_FOLDED = 10_000;
function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = CYRILLIC.test(ch) ? ch : ch.normalize('NFKD').replace(/\p{M}/gu, '');
    if (folded.size < MAX_FOLDED) folded.set(ch, out);
  }
  return out;
}
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lowercase, Latin diacritics stripped (é -> e), Arabic and Kazakh letters folded as above,
 * anything but letters and digits turned into single spaces. Cyrillic letters keep their marks
 * (й is not и); everything else is decomposed (NFKD) and loses its combining marks.
 */
export function normalizeForSearch(text: string): string {
  // ASCII has nothing to fold or decompose, and its letters and digits are a-z and 0-9: the
  // general path below gives exactly this, at a fraction of the cost (most names, all transliterations).
  if (ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  let out = '';
  for (const ch of text.normalize('NFC').toLowerCase()) out += foldChar(ch);
  return out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Arabic writes the article and several one-letter words as part of the next word: و "and",
 * ف "so", ب "with", ل "for", ك "as", ال "the" (والسباحة "and the swimming", للسباحة "for the
 * swimming", where ل + ال is written لل). As a light stemmer strips them (Lucene's ArabicStemmer,
 * after Larkey et al.'s light10, strips ال وال بال كال فال لل and و), these are the prefixes
 * folded off, in normalised letters: the article, alone or after ب ك ل; ب or ل alone; each of
 * those after و or ف; and و or ف alone. So that a word whose first letters only look like a prefix
 * keeps a stem of its own (بطل "hero" is not ب + طل), a stem after the article keeps at least two
 * letters and one after one-letter prefixes only at least three, as in Lucene.
 */
const ARTICLE = ['ال', 'بال', 'كال', 'لل'];
const ONE_LETTER = ['ب', 'ل'];
const CONJUNCTIONS = ['و', 'ف'];
const ARABIC_PREFIXES: [prefix: string, shortestStem: number][] = [
  ...[...ARTICLE, ...CONJUNCTIONS.flatMap((c) => ARTICLE.map((a) => c + a))].map((p): [string, number] => [p, 2]),
  ...[...ONE_LETTER, ...CONJUNCTIONS, ...CONJUNCTIONS.flatMap((c) => ONE_LETTER.map((l) => c + l))].map((p): [string, number] => [p, 3]),
];
const ARABIC = /\p{Script=Arabic}/u;
const PREFIX_LETTERS = new Set(ARABIC_PREFIXES.map(([prefix]) => prefix[0]));

/**
 * The stems of a normalised word under each reading of its first letters as prefixes (see
 * ARABIC_PREFIXES), longest stem first, without the word itself: `والسباحه` -> `السباحه`, `سباحه`;
 * `للجنه` -> `لجنه` (ل + لجنه, the article dropped before ل) and `جنه`; `بطل` -> none.
 */
export function arabicStems(word: string): string[] {
  if (!PREFIX_LETTERS.has(word[0]!)) return [];
  // Arabic letters are one UTF-16 unit each, so lengths count letters.
  const stems = ARABIC_PREFIXES
    .filter(([prefix, shortest]) => word.length - prefix.length >= shortest && word.startsWith(prefix))
    .map(([prefix]) => word.slice(prefix.length));
  return [...new Set(stems)].sort((a, b) => b.length - a.length);
}

/** Normalised text as the index holds it: each Arabic word followed by its stems, so a query for the stem finds the word. */
export function withArabicStems(text: string): string {
  if (!ARABIC.test(text)) return text;
  return text.split(' ').flatMap((word) => [word, ...arabicStems(word)]).join(' ');
}

/**
 * Cyrillic (Russian and Kazakh) to Latin, a simplified BGN/PCGN scheme that fits how names are
 * spelled in English. The first spelling is the usual one; the others are common variants that
 * are indexed too: й y|i, х kh|h, ж zh|j, е ye|e after a vowel or at the start of a word, ё yo|e,
 * and the Kazakh ғ g|gh, қ k|q, ң ng|n.
 */
const LATIN: Record<string, string[]> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e'], ё: ['yo', 'e'], ж: ['zh', 'j'], з: ['z'], и: ['i'],
  й: ['y', 'i'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'],
  у: ['u'], ф: ['f'], х: ['kh', 'h'], ц: ['ts'], ч: ['ch'], ш: ['sh'], щ: ['shch'], ъ: [''], ы: ['y'], ь: [''],
  э: ['e'], ю: ['yu'], я: ['ya'],
  ә: ['a'], ғ: ['g', 'gh'], қ: ['k', 'q'], ң: ['ng', 'n'], ө: ['o'], ұ: ['u'], ү: ['u'], һ: ['h'], і: ['i'],
};
const VOWELS = new Set('аеёиоуыэюяәөұүі');
/** At most this many spellings per word: a long word with many ambiguous letters stays bounded. */
const MAX_VARIANTS = 16;

function wordVariants(word: string): string[] {
  let variants = [''];
  [...word].forEach((ch, i, chars) => {
    const before = chars[i - 1];
    const options = ch === 'е' && (i === 0 || VOWELS.has(before!) || 'йъь'.includes(before!)) ? ['ye', 'e'] : LATIN[ch] ?? [ch];
    variants = variants.flatMap((v) => options.map((o) => v + o)).slice(0, MAX_VARIANTS);
  });
  // Names ending in -ий / -ый are usually written -y in English: Геннадий -> Gennady.
  if (/[иы]й$/u.test(word)) variants.push(variants[0]!.replace(/(iy|yy)$/, 'y'));
  return [...new Set(variants.map(normalizeForSearch))];
}

/** Every spelling of each word, usual one first, without repeats: `Геннадий` -> gennadiy gennadii gennady. */
export function transliterationVariants(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...new Set(words.flatMap(wordVariants))];
}

/** The usual Latin spelling of a Cyrillic text: `Геннадий Головкин` -> `gennadiy golovkin`. */
export function transliterateCyrillic(text: string): string {
  const words = text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.map((word) => wordVariants(word)[0]).join(' ');
}

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/**
 * `"golov"* AND "gen"*`: every word a quoted prefix term, and all of them must match; words are
 * letters and digits only after normalisation. An Arabic word may also match as any of its stems
 * (`("والسباحه"* OR "السباحه" OR "سباحه")`), whole words only, so that a stem as short as
 * two letters does not match every word it begins; a name holding the word as typed matches
 * more of the terms and ranks first.
 */
export function matchExpression(query: string): string {
  const terms = normalizeForSearch(query).split(' ').filter(Boolean);
  const quoted = (word: string) => `"${word.replaceAll('"', '""')}"`;
  return terms.map((term) => {
    const stems = arabicStems(term);
    return stems.length ? `(${[`${quoted(term)}*`, ...stems.map(quoted)].join(' OR ')})` : `${quoted(term)}*`;
  }).join(' AND ');
}
