/**
 * Names of organisations, people, events, countries and sports: which one to show in the languages a reader wants,
 * and the writes (add, update, delete), each run inside one write (see shared/write.ts).
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Context } from '../../context.js';
import { NameKind } from '../../db/enums.js';
import { citations, identifiers, names, type CitationRow, type NameRow } from '../../db/schema.js';
import { InvalidIdError } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { languageChain, languageTagArgument, primaryTag } from '../../shared/languages.js';
import { nodeTables, ownerColumn, ownersIn, ownerTypesIn, propertyOf, rowType, type TaggedRow } from '../../shared/node-registry.js';
import { dateAsked, InEffect, inEffectAt } from '../../shared/point-in-time.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { removeRecord } from '../mutation/remove-cited.js';
import { endNotBeforeStart, given, patchOf } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { AddNameInput, UpdateNameInput } from './name.input.js';

/** Display preference: a former name only when nothing else fits the date. */
const kindRank = [NameKind.OFFICIAL, NameKind.TRANSLITERATION, NameKind.ALIAS, NameKind.SHORT, NameKind.FORMER];

/** The column of `names` that points at this owner's type (read from the foreign keys of `names`). */
export function nameOwnerColumn(owner: TaggedRow) {
  const column = ownerColumn(names, owner[rowType]!);
  if (!column) throw new Error(`a ${owner[rowType]} has no names`);
  return column;
}

/**
 * The owner's name in the first language of the chain (explicit `lang`, then Accept-Language,
 * then English) that has one in use at `asOf` (by default the query's `@asOf` date, else today).
 * Names a source gives wrongly (cited with a correction, e.g. the article's "national oil
 * corporation") are never shown.
 */
export async function localName(owner: TaggedRow, lang: string | null, asOf: string | null, ctx: Context): Promise<NameRow | null> {
  const tag = lang == null ? null : languageTagArgument(lang, 'lang');
  const all = (await ctx.loaders.byColumn(names, nameOwnerColumn(owner)).load(owner.id)) as NameRow[];
  const citationsByName = (await ctx.loaders.byColumn(citations, citations.nameId).loadMany(all.map((n) => n.id))) as CitationRow[][];
  const at = dateAsked(ctx, asOf);
  const usable = all
    .map((name, i) => ({ name, effect: inEffectAt(name.startDate, name.endDate, at), corrected: citationsByName[i].some((c) => c.correction) }))
    .filter((c) => c.effect !== InEffect.NO && !c.corrected);
  const rank = (c: (typeof usable)[number]) => [kindRank.indexOf(c.name.kind), c.effect === InEffect.YES ? 0 : 1, c.name.id];
  const best = (list: typeof usable) =>
    list.sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    })[0]?.name ?? null;
  for (const wanted of languageChain(tag, ctx.languages)) {
    const exact = usable.filter((c) => c.name.lang.toLowerCase() === wanted);
    const related = usable.filter((c) => primaryTag(c.name.lang) === primaryTag(wanted));
    const found = best(exact.length ? exact : related);
    if (found) return found;
  }
  return null;
}

/**
 * The row an owner id names and the property that points at it, for facts that may belong to
 * several types: the owners are read from the foreign keys of `owned` (names: organisations,
 * people, events, countries, sports; identifiers: organisations and people).
 */
export function ownerOf(writer: Writer, globalId: string, owned: typeof names | typeof identifiers, field = 'ownerId') {
  const parsed = fromGlobalId(globalId);
  if (!parsed) throw new InvalidIdError(globalId, field);
  const owners = ownersIn(owned);
  const owner = owners.find((candidate) => candidate.typeName === parsed.type);
  if (!owner) fail(field, `"${globalId}" is not the id of ${ownerTypesIn(owned)}.`, UserErrorCode.NOT_FOUND);
  const row = existing(writer, nodeTables[owner.typeName], globalId, field);
  return { type: owner.typeName, key: propertyOf(owned, owner.column), row };
}

/** The same owner may not have the same name twice (same language, value and kind). */
function uniqueName(writer: Writer, name: Partial<NameRow> & Pick<NameRow, 'lang' | 'value' | 'kind'>, exceptId?: number) {
  const { column: owner } = ownersIn(names).find(({ column }) => name[propertyOf(names, column) as keyof NameRow] != null)!;
  const ownerId = name[propertyOf(names, owner) as keyof NameRow];
  const except = exceptId !== undefined;
  const clashing = writer.prepared(`names.clash:${owner.name}:${except}`, (db) => db.select({ id: names.id }).from(names)
    .where(and(eq(owner, sql.placeholder('owner')), eq(names.lang, sql.placeholder('lang')), eq(names.value, sql.placeholder('value')),
      eq(names.kind, sql.placeholder('kind')), except ? ne(names.id, sql.placeholder('except')) : undefined))
    .prepare());
  const clash = clashing.get({ owner: ownerId, lang: name.lang, value: name.value, kind: name.kind, except: exceptId });
  if (clash) fail('value', `It already has the ${name.kind} name "${name.value}" in \`${name.lang}\`; change that name instead, or give another value, language or kind.`, UserErrorCode.CONFLICT);
}

export function addName(writer: Writer, input: AddNameInput) {
  validateInput(input);
  const owner = ownerOf(writer, input.ownerId, names);
  endNotBeforeStart(input.startDate, input.endDate);
  const { ownerId: _, ...fields } = input;
  const values = { ...fields, [owner.key]: owner.row.id };
  uniqueName(writer, values);
  return writer.insert(names, values);
}

export function updateName(writer: Writer, input: UpdateNameInput) {
  validateInput(input);
  const current = existing(writer, names, input.id, 'id');
  const patch = patchOf(writer, names, current, given(input));
  const next = { ...current, ...patch };
  endNotBeforeStart(next.startDate, next.endDate);
  uniqueName(writer, next, current.id);
  return writer.update(names, current.id, patch)!;
}

export function deleteName(writer: Writer, input: { id: string }) {
  const current = existing(writer, names, input.id, 'id');
  return removeRecord(writer, names, current.id)!;
}
