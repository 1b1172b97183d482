/**
 * How well a query names a candidate, 0 to 100, from the name the multilingual search matched it by.
 * Both sides are folded as the search index folds them (normalize.ts), so an Arabic, Cyrillic or
 * Latin spelling of a name scores as its own script does: words are compared after folding, an
 * Arabic word also without its article and proclitics, a Cyrillic word also in its Latin spellings.
 * The score is the Dice coefficient of the two word lists, where a query word that is only the
 * start of a name word counts for the share of the word it covers.
 */
import { arabicStems, hasCyrillic, normalizeForSearch, transliterationVariants } from '../../shared/normalize.js';

/** The forms one word may match by: itself, its Arabic stems, its Latin spellings. */
function forms(word: string): string[] {
  return [word, ...arabicStems(word), ...(hasCyrillic(word) ? transliterationVariants(word) : [])];
}

const words = (text: string) => normalizeForSearch(text).split(' ').filter(Boolean);

/** 1 for the same word, the covered share for a prefix, else 0. */
function wordScore(queryForms: string[], nameForms: string[]): number {
  let best = 0;
  for (const q of queryForms) {
    for (const n of nameForms) {
      if (q === n) return 1;
      if (n.startsWith(q)) best = Math.max(best, q.length / n.length);
    }
  }
  return best;
}

export function nameScore(query: string, name: string): number {
  const queryWords = words(query).map(forms);
  const nameWords = words(name).map(forms);
  if (!queryWords.length || !nameWords.length) return 0;
  const unused = new Set(nameWords.keys());
  let matched = 0;
  for (const q of queryWords) {
    let bestIndex = -1;
    let best = 0;
    for (const i of unused) {
      const score = wordScore(q, nameWords[i]!);
      if (score > best) [best, bestIndex] = [score, i];
    }
    if (bestIndex >= 0) {
      unused.delete(bestIndex);
      matched += best;
    }
  }
  return Math.round((200 * matched) / (queryWords.length + nameWords.length));
}

/** How far ahead of the runner-up an exact match must be to be called a match. */
export const MATCH_LEAD = 20;

/** A match only when the best candidate's name is the query, folded, and no other comes within MATCH_LEAD points. */
export function isClearMatch(scores: number[], index: number): boolean {
  const [best, second = 0] = scores;
  return index === 0 && best === 100 && best - second >= MATCH_LEAD;
}
