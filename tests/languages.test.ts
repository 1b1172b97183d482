/**
 * A language tag is read the same way wherever one is taken: `name(lang:)`, `localName(lang:)`,
 * the `lang` filters of names and sources, the `lang` of names and sources written, and
 * Accept-Language. A malformed tag is refused, naming it; a tag in another case is the same tag.
 */
import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag } from '../src/shared/languages.js';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const refusal = (tag: string, argumentName = 'lang') => ({
  message: `\`lang\` must be a BCP 47 language tag such as \`ar\`, \`en-GB\` or \`kk-Cyrl\`, not ${JSON.stringify(tag)}.`,
  extensions: { code: 'BAD_USER_INPUT', argumentName },
});

describe('the tag check', () => {
  it('reads tags by the BCP 47 grammar, in canonical form', () => {
    expect(['ar', 'EN-gb', 'kk-cyrl', 'zh-hant-tw', 'es-419', 'iw'].map(canonicalLanguageTag)).toEqual(['ar', 'en-GB', 'kk-Cyrl', 'zh-Hant-TW', 'es-419', 'he']);
    expect(['not a tag!', 'en_GB', '', ' en', 'en-', 'Russian', 'english', '123'].map(canonicalLanguageTag)).toEqual(Array(8).fill(null));
  });
});

describe('arguments and filters refuse a malformed tag as BAD_USER_INPUT, naming it', () => {
  it('name(lang:) no longer answers English for a tag that is not one', async () => {
    const literal = await as.anonymous(`{ person(handle: "gennady-golovkin") { name(lang: "not a tag!") } }`);
    expect(literal.errors).toEqual([expect.objectContaining({ ...refusal('not a tag!'), path: ['person', 'name'] })]);
    expect(literal.data).toEqual({ person: null });
    const variable = await as.anonymous(`query ($lang: String) { person(handle: "gennady-golovkin") { name(lang: $lang) } }`, { lang: 'en_GB' });
    expect(variable.errors).toEqual([expect.objectContaining(refusal('en_GB'))]);
  });

  it('so does localName(lang:), and an empty tag is no tag', async () => {
    const answer = await as.anonymous(`{ person(handle: "gennady-golovkin") { localName(lang: "") { value } } }`);
    expect(answer.errors).toEqual([expect.objectContaining(refusal(''))]);
  });

  it('the lang filters of names and sources refuse it too, reported on `filter`', async () => {
    const names = await as.anonymous(`{ person(handle: "gennady-golovkin") { names(filter: { lang: "Russian" }) { totalCount } } }`);
    expect(names.errors).toEqual([expect.objectContaining(refusal('Russian', 'filter'))]);
    const sources = await as.anonymous(`{ sources(filter: { or: [{ lang: "arabic" }] }) { totalCount } }`);
    expect(sources.errors).toEqual([expect.objectContaining(refusal('arabic', 'filter'))]);
  });

  it('cuts a long tag short in the message', async () => {
    const tag = 'x'.repeat(500);
    const { errors } = await as.anonymous(`query ($lang: String) { person(handle: "gennady-golovkin") { name(lang: $lang) } }`, { lang: tag });
    expect(errors?.[0].message.length).toBeLessThan(250);
    expect(errors?.[0].message).toContain('[cut, 500 chars]');
  });
});

describe('a tag in another case is the same tag', () => {
  it('in arguments and filters', async () => {
    const { data, errors } = await as.anonymous(`{
      person(handle: "alimzhan-akayev") { kk: name(lang: "KK-cyrl") ar: name(lang: "AR") localName(lang: "Kk") { lang } names(filter: { lang: "KK" }) { nodes { value } } }
      sources(filter: { lang: "AR" }) { nodes { handle } }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      person: { kk: 'Әлімжан Ақаев', ar: 'أليمزان أكاييف', localName: { lang: 'kk' }, names: { nodes: [{ value: 'Әлімжан Ақаев' }] } },
      sources: { nodes: [{ handle: 'astana-article' }, { handle: 'i18n-iso-countries-ar' }] },
    });
  });

  it('and the sources filter matches the tags below the one given, as the names filter does', async () => {
    const input = { handle: 'egyptian-release', kind: 'PRESS_RELEASE', title: 'بيان', lang: 'ar-EG' };
    expect((await as.editor(`mutation ($input: CreateSourceInput!) { createSource(input: $input) { userErrors { message } } }`, { input })).data.createSource.userErrors).toEqual([]);
    const { data } = await as.anonymous(`{ ar: sources(filter: { lang: "ar" }) { nodes { handle } } egypt: sources(filter: { lang: "ar-eg" }) { nodes { handle } } }`);
    expect(data).toEqual({ ar: { nodes: [{ handle: 'astana-article' }, { handle: 'i18n-iso-countries-ar' }, { handle: 'egyptian-release' }] }, egypt: { nodes: [{ handle: 'egyptian-release' }] } });
    await as.admin(`mutation ($id: ID!) { deleteSource(input: { id: $id }) { userErrors { message } } }`, {
      id: (await as.anonymous(`{ source(handle: "egyptian-release") { id } }`)).data.source.id,
    });
  });
});

describe('names and sources are written with canonical tags, and a malformed one is refused', () => {
  const addName = `mutation ($input: AddNameInput!) { addName(input: $input) { name { id lang } userErrors { field message code } } }`;
  const updateName = `mutation ($input: UpdateNameInput!) { updateName(input: $input) { name { lang } userErrors { field message code } } }`;
  const createSource = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { source { id lang } userErrors { field message code } } }`;
  const updateSource = `mutation ($input: UpdateSourceInput!) { updateSource(input: $input) { source { lang } userErrors { field message code } } }`;
  const invalid = (tag: string) => [{ field: ['input', 'lang'], message: `\`lang\` must be a BCP 47 language tag such as \`ar\`, \`en-GB\` or \`kk-Cyrl\`, not ${JSON.stringify(tag)}.`, code: 'INVALID' }];

  it('addName and updateName', async () => {
    const ownerId = (await as.anonymous(`{ person(handle: "nurlan-jakupov") { id } }`)).data.person.id;
    const before = snapshot(registry);
    const bad = await as.editor(addName, { input: { ownerId, value: 'Nurlan', lang: 'not a tag!', kind: 'ALIAS' } });
    expect(bad.data.addName).toEqual({ name: null, userErrors: invalid('not a tag!') });
    expect(snapshot(registry)).toBe(before);
    const added = await as.editor(addName, { input: { ownerId, value: 'Nurlan J.', lang: 'EN-gb', kind: 'ALIAS' } });
    expect(added.data.addName).toEqual({ name: { id: expect.any(String), lang: 'en-GB' }, userErrors: [] });
    const id = added.data.addName.name.id;
    expect((await as.editor(updateName, { input: { id, lang: 'en_US' } })).data.updateName).toEqual({ name: null, userErrors: invalid('en_US') });
    expect((await as.editor(updateName, { input: { id, lang: 'KK-cyrl' } })).data.updateName).toEqual({ name: { lang: 'kk-Cyrl' }, userErrors: [] });
    // The same tag in another case is the same language: the duplicate check sees it.
    const twice = await as.editor(addName, { input: { ownerId, value: 'Nurlan J.', lang: 'kk-CYRL', kind: 'ALIAS' } });
    expect(twice.data.addName.userErrors[0]).toMatchObject({ field: ['input', 'value'], code: 'CONFLICT' });
  });

  it('createSource and updateSource', async () => {
    const before = snapshot(registry);
    const bad = await as.editor(createSource, { input: { handle: 'tagged', kind: 'REFERENCE', title: 'T', lang: 'Kazakh' } });
    expect(bad.data.createSource).toEqual({ source: null, userErrors: invalid('Kazakh') });
    expect(snapshot(registry)).toBe(before);
    const created = await as.editor(createSource, { input: { handle: 'tagged', kind: 'REFERENCE', title: 'T', lang: 'KK' } });
    expect(created.data.createSource).toEqual({ source: { id: expect.any(String), lang: 'kk' }, userErrors: [] });
    const id = created.data.createSource.source.id;
    expect((await as.editor(updateSource, { input: { id, lang: '' } })).data.updateSource).toEqual({ source: null, userErrors: invalid('') });
    expect((await as.editor(updateSource, { input: { id, lang: 'RU-kz' } })).data.updateSource).toEqual({ source: { lang: 'ru-KZ' }, userErrors: [] });
  });
});

describe('Accept-Language', () => {
  const nameWith = async (acceptLanguage: string) =>
    (await registry.queryWith(`{ person(handle: "gennady-golovkin") { name } }`, { acceptLanguage })).data.person.name;

  it('skips the ranges that are not tags and keeps the others, in any case', async () => {
    expect(await nameWith('not a tag!, RU;q=0.9')).toBe('Геннадий Головкин');
    expect(await nameWith('ar_SA, AR;q=0.5')).toBe('جينادي جولوفكين');
  });

  it('is ignored when nothing in it is a tag: the answer is the English name, not an error', async () => {
    const answer = await registry.queryWith(`{ person(handle: "gennady-golovkin") { name } }`, { acceptLanguage: ';;, Russian, *' });
    expect(answer).toMatchObject({ data: { person: { name: 'Gennady Golovkin' } } });
    expect(answer.errors).toBeUndefined();
  });
});
