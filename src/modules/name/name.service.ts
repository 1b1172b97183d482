/** Picks the name to show for an organisation, person or event in the languages a reader wants. */
import type { Context } from '../../context.js';
import { NameKind } from '../../db/enums.js';
import { citations, names, type CitationRow, type NameRow } from '../../db/schema.js';
import { languageChain, primaryTag } from '../../shared/languages.js';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { InEffect, inEffectAt, today } from '../../shared/point-in-time.js';

const ownerColumns = { Organization: names.organizationId, Person: names.personId, Event: names.eventId };

/** Display preference: a former name only when nothing else fits the date. */
const kindRank = [NameKind.OFFICIAL, NameKind.TRANSLITERATION, NameKind.ALIAS, NameKind.SHORT, NameKind.FORMER];

export function nameOwnerColumn(owner: TaggedRow) {
  return ownerColumns[owner[rowType] as keyof typeof ownerColumns];
}

/**
 * The owner's name in the first language of the chain (explicit `lang`, then Accept-Language,
 * then English) that has one in use at `asOf` (today by default). Names a source gives wrongly
 * (cited with a correction, e.g. the article's "national oil corporation") are never shown.
 */
export async function localName(owner: TaggedRow, lang: string | null, asOf: string | null, ctx: Context): Promise<NameRow | null> {
  const all = (await ctx.loaders.byColumn(names, nameOwnerColumn(owner)).load(owner.id)) as NameRow[];
  const citationsByName = (await ctx.loaders.byColumn(citations, citations.nameId).loadMany(all.map((n) => n.id))) as CitationRow[][];
  const at = asOf ?? today();
  const usable = all
    .map((name, i) => ({ name, effect: inEffectAt(name.startDate, name.endDate, at), corrected: citationsByName[i].some((c) => c.correction) }))
    .filter((c) => c.effect !== InEffect.NO && !c.corrected);
  const rank = (c: (typeof usable)[number]) => [kindRank.indexOf(c.name.kind), c.effect === InEffect.YES ? 0 : 1, c.name.id];
  const best = (list: typeof usable) =>
    list.sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    })[0]?.name ?? null;
  for (const tag of languageChain(lang, ctx.languages)) {
    const exact = usable.filter((c) => c.name.lang.toLowerCase() === tag);
    const related = usable.filter((c) => primaryTag(c.name.lang) === primaryTag(tag));
    const found = best(exact.length ? exact : related);
    if (found) return found;
  }
  return null;
}
