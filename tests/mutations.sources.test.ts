import { describe, expect, it } from 'vitest';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const errors = 'userErrors { field message code }';
const create = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { source { id handle kind title url lang publishedDate } ${errors} } }`;
const update = `mutation ($input: UpdateSourceInput!) { updateSource(input: $input) { source { handle publisher note text } ${errors} } }`;
const remove = `mutation ($input: DeleteSourceInput!) { deleteSource(input: $input) { source { handle } ${errors} } }`;
const attach = `mutation ($input: AttachCitationInput!) { attachCitation(input: $input) {
  citation { id quote quoteTranslation confidence correction source { handle } subject { __typename ... on Node { id } } } ${errors}
} }`;
const updateCitation = `mutation ($input: UpdateCitationInput!) { updateCitation(input: $input) { citation { quote confidence note source { handle } } ${errors} } }`;
const deleteCitation = `mutation ($input: DeleteCitationInput!) { deleteCitation(input: $input) { citation { quote } ${errors} } }`;

const article = 'في أستانا ، عقد رئيس اللجنة الأولمبية الوطنية في كازاخستان ، جينادي جولوفكين ، اجتماعا رسميا';
async function idOf(kind: 'source' | 'organization' | 'event' | 'agreement' | 'person', handle: string): Promise<string> {
  const { data } = await as.anonymous(`{ ${kind}(handle: "${handle}") { id } }`);
  return data[kind].id;
}
const history = (operation: string) =>
  registry.db.$client.prepare('SELECT actor, entity_type, before, after FROM changes WHERE operation = ? ORDER BY id').all(operation) as any[];

describe('sources', () => {
  it('creates a source that reads back and is recorded', async () => {
    const input = { handle: 'noc-rk-release', kind: 'PRESS_RELEASE', title: 'Олимпийский комитет РК', url: 'https://olympic.kz/news/1', lang: 'ru', publishedDate: '2025-04', text: 'Геннадий Головкин провёл встречу.' };
    const { data } = await as.editor(create, { input });
    expect(data.createSource).toMatchObject({ source: { handle: 'noc-rk-release', kind: 'PRESS_RELEASE', url: 'https://olympic.kz/news/1', lang: 'ru', publishedDate: '2025-04' }, userErrors: [] });
    expect((await as.anonymous(`{ source(handle: "noc-rk-release") { title } }`)).data.source.title).toBe('Олимпийский комитет РК');
    expect(history('createSource')).toEqual([expect.objectContaining({ actor: 'test editor', entity_type: 'Source', before: null })]);
  });

  it('refuses a non-http URL, a bad language tag, a retrieval before publication, and a taken handle, writing nothing', async () => {
    const before = snapshot(registry);
    const bad = await as.editor(create, { input: { handle: 'bad', kind: 'REFERENCE', title: 'B', url: 'ftp://example.org/x', lang: 'english' } });
    expect(bad.data.createSource.userErrors).toEqual([
      { field: ['input', 'url'], message: '`url` must be an http or https URL.', code: 'INVALID' },
      { field: ['input', 'lang'], message: '`lang` must be a BCP 47 language tag such as `ar`, `en-GB` or `kk-Cyrl`, not "english".', code: 'INVALID' },
    ]);
    const early = await as.editor(create, { input: { handle: 'early', kind: 'REFERENCE', title: 'E', lang: 'en', publishedDate: '2025-04-02', retrievedDate: '2025-03' } });
    expect(early.data.createSource.userErrors[0]).toMatchObject({ field: ['input', 'retrievedDate'], code: 'INVALID' });
    const taken = await as.editor(create, { input: { handle: 'astana-article', kind: 'REFERENCE', title: 'T', lang: 'en' } });
    expect(taken.data.createSource.userErrors[0]).toMatchObject({ field: ['input', 'handle'], code: 'CONFLICT' });
    expect(snapshot(registry)).toBe(before);
  });

  it('updates the fields given, but not a text that would lose a cited quote', async () => {
    const id = await idOf('source', 'astana-article');
    const { data } = await as.editor(update, { input: { id, publisher: 'QNA (Arabic service)' } });
    expect(data.updateSource.userErrors).toEqual([]);
    expect(data.updateSource.source.publisher).toBe('QNA (Arabic service)');
    const before = snapshot(registry);
    const shortened = await as.editor(update, { input: { id, text: article } });
    expect(shortened.data.updateSource.userErrors[0]).toMatchObject({ field: ['input', 'text'], code: 'CONFLICT' });
    expect(shortened.data.updateSource.userErrors[0].message).toMatch(/^\d+ quotes cited from this source would no longer occur in the new text/);
    expect(snapshot(registry)).toBe(before);
  });

  it('deletes (admin only) a source no citation uses, and refuses one that backs citations', async () => {
    const before = snapshot(registry);
    const used = await as.admin(remove, { input: { id: await idOf('source', 'astana-article') } });
    expect(used.data.deleteSource.userErrors[0]).toMatchObject({ field: ['input', 'id'], code: 'CONFLICT' });
    expect(used.data.deleteSource.userErrors[0].message).toMatch(/^"astana-article" backs \d+ citations; delete them or move them to another source first\.$/);
    const id = await idOf('source', 'noc-rk-release');
    expect((await as.editor(remove, { input: { id } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(snapshot(registry)).toBe(before);
    const { data } = await as.admin(remove, { input: { id } });
    expect(data.deleteSource).toEqual({ source: { handle: 'noc-rk-release' }, userErrors: [] });
    expect((await as.anonymous(`{ source(handle: "noc-rk-release") { id } }`)).data.source).toBeNull();
  });
});

describe('citations', () => {
  it('attaches a quote from the article to any kind of fact, and the fact lists it', async () => {
    const sourceId = await idOf('source', 'astana-article');
    const { data: facts } = await as.anonymous(`{ agreement(handle: "noc-kazakhstan-qatar-cooperation") { parties { nodes { id } } }
      person(handle: "gennady-golovkin") { id } event(handle: "astana-meeting-2025") { id } }`);
    for (const factId of [facts.person.id, facts.event.id, facts.agreement.parties.nodes[0].id]) {
      const { data } = await as.editor(attach, { input: { factId, sourceId, quote: 'جينادي جولوفكين', quoteTranslation: 'Gennady Golovkin', confidence: 'HIGH' } });
      expect(data.attachCitation).toMatchObject({
        citation: { quote: 'جينادي جولوفكين', confidence: 'HIGH', source: { handle: 'astana-article' }, subject: { id: factId } },
        userErrors: [],
      });
    }
    const { data } = await as.anonymous(`{ person(handle: "gennady-golovkin") { citations { nodes { quote quoteTranslation } } } }`);
    expect(data.person.citations.nodes).toContainEqual({ quote: 'جينادي جولوفكين', quoteTranslation: 'Gennady Golovkin' });
    expect(history('attachCitation').map((c) => c.entity_type)).toEqual(['Citation', 'Citation', 'Citation']);
  });

  it('refuses a quote that is not verbatim in the stored text, but takes any quote from a source without text', async () => {
    const before = snapshot(registry);
    const factId = await idOf('organization', 'noc-qatar');
    const paraphrase = await as.editor(attach, { input: { factId, sourceId: await idOf('source', 'astana-article'), quote: 'اللجنة الأولمبية القطرية', confidence: 'HIGH' } });
    expect(paraphrase.data.attachCitation).toEqual({
      citation: null,
      userErrors: [{
        field: ['input', 'quote'],
        message: 'The quote does not occur in the text of "astana-article"; copy it verbatim from the source (same characters, spaces and punctuation).',
        code: 'INVALID',
      }],
    });
    expect(snapshot(registry)).toBe(before);
    const textless = await as.editor(create, { input: { handle: 'qoc-website', kind: 'OFFICIAL_WEBSITE', title: 'Qatar Olympic Committee', url: 'https://www.olympic.qa', lang: 'en' } });
    const unchecked = await as.editor(attach, { input: { factId, sourceId: textless.data.createSource.source.id, quote: 'Qatar Olympic Committee', confidence: 'MEDIUM', note: 'The website is not stored.' } });
    expect(unchecked.data.attachCitation.userErrors).toEqual([]);
  });

  it('keeps HIGH for a quote found in the source\'s stored text, writing nothing otherwise', async () => {
    const factId = await idOf('organization', 'noc-qatar');
    const textless = (await as.editor(create, { input: { handle: 'qoc-annual-report', kind: 'REFERENCE', title: 'QOC annual report', lang: 'en' } })).data.createSource.source.id;
    const before = snapshot(registry);
    const unquoted = await as.editor(attach, { input: { factId, sourceId: await idOf('source', 'astana-article'), confidence: 'HIGH' } });
    expect(unquoted.data.attachCitation).toEqual({ citation: null, userErrors: [{
      field: ['input', 'confidence'],
      message: 'HIGH needs a quote, the words of "astana-article" that state the fact; give the quote, or MEDIUM or LOW.',
      code: 'INVALID',
    }] });
    const unchecked = await as.editor(attach, { input: { factId, sourceId: textless, quote: 'Qatar Olympic Committee', confidence: 'HIGH' } });
    expect(unchecked.data.attachCitation.userErrors).toEqual([{
      field: ['input', 'confidence'],
      message: '"qoc-annual-report" stores no text, so no quote from it can be checked, and HIGH needs one; store the source\'s text first (updateSource), or give MEDIUM or LOW.',
      code: 'INVALID',
    }]);
    expect(snapshot(registry)).toBe(before);
  });

  it('takes an inference at most MEDIUM, with its reasoning in the note, and lists it by kind', async () => {
    const factId = await idOf('organization', 'asia-aquatics');
    const sourceId = await idOf('source', 'sportsgraph-domain-brief');
    const before = snapshot(registry);
    const unreasoned = await as.editor(attach, { input: { factId, sourceId, quote: 'HQ Muscat', confidence: 'MEDIUM', kind: 'INFERRED' } });
    expect(unreasoned.data.attachCitation.userErrors).toEqual([{
      field: ['input', 'note'], message: 'An inference needs a note giving the reasoning: what it is concluded from, and how.', code: 'INVALID',
    }]);
    const note = 'Asia Aquatics is based in Oman: its headquarters, Muscat, is the capital of Oman.';
    const high = await as.editor(attach, { input: { factId, sourceId, quote: 'HQ Muscat', confidence: 'HIGH', kind: 'INFERRED', note } });
    expect(high.data.attachCitation.userErrors).toEqual([{
      field: ['input', 'confidence'], message: 'An inference is at most MEDIUM: HIGH is kept for what a source states in a quote checked against its text.', code: 'INVALID',
    }]);
    expect(snapshot(registry)).toBe(before);
    const taken = await as.editor(attach, { input: { factId, sourceId, quote: 'HQ Muscat', confidence: 'MEDIUM', kind: 'INFERRED', note } });
    expect(taken.data.attachCitation.userErrors).toEqual([]);
    const { data } = await as.anonymous(`{ organization(handle: "asia-aquatics") {
      inferred: citations(filter: { kind: INFERRED }) { nodes { kind confidence quote note } }
      stated: citations(filter: { kind: STATED }) { totalCount nodes { kind } }
    } }`);
    expect(data.organization.inferred.nodes).toEqual([{ kind: 'INFERRED', confidence: 'MEDIUM', quote: 'HQ Muscat', note }]);
    expect(data.organization.stated.totalCount).toBeGreaterThan(0);
    expect(data.organization.stated.nodes.every((c: any) => c.kind === 'STATED')).toBe(true);
  });

  it('refuses a fact id of a type that cannot be cited, or that names nothing', async () => {
    const sourceId = await idOf('source', 'astana-article');
    const notAFact = await as.editor(attach, { input: { factId: sourceId, sourceId, confidence: 'LOW' } });
    expect(notAFact.data.attachCitation.userErrors[0]).toMatchObject({ field: ['input', 'factId'], code: 'NOT_FOUND' });
    expect(notAFact.data.attachCitation.userErrors[0].message).toContain('give the id of an Organization, Person, Name, Affiliation, Post, Event, EventOrganizer, Participation, Agreement, AgreementParty');
    const missing = Buffer.from('Organization:99999').toString('base64url');
    const unknown = await as.editor(attach, { input: { factId: missing, sourceId, confidence: 'LOW' } });
    expect(unknown.data.attachCitation.userErrors).toEqual([{ field: ['input', 'factId'], message: `No Organization has the id "${missing}".`, code: 'NOT_FOUND' }]);
    const malformed = await as.editor(attach, { input: { factId: 'xyz', sourceId, confidence: 'LOW' } });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ID', argumentName: 'factId' });
    expect((await as.anonymous(attach, { input: { factId: sourceId, sourceId, confidence: 'LOW' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('updates a citation, checking a new quote against its source, and deletes it with a record', async () => {
    const { data: person } = await as.anonymous(`{ person(handle: "gennady-golovkin") { citations(first: 100) { nodes { id quote } } } }`);
    const citation = person.person.citations.nodes.find((c: any) => c.quote === 'جينادي جولوفكين');
    const bad = await as.editor(updateCitation, { input: { id: citation.id, quote: 'Golovkin' } });
    expect(bad.data.updateCitation.userErrors[0]).toMatchObject({ field: ['input', 'quote'], code: 'INVALID' });
    const moved = await as.editor(updateCitation, { input: { id: citation.id, sourceId: await idOf('source', 'sportsgraph-domain-brief'), quote: 'Golovkin', confidence: 'MEDIUM', note: 'From the brief.' } });
    expect(moved.data.updateCitation).toEqual({ citation: { quote: 'Golovkin', confidence: 'MEDIUM', note: 'From the brief.', source: { handle: 'sportsgraph-domain-brief' } }, userErrors: [] });
    const noSource = await as.editor(updateCitation, { input: { id: citation.id, sourceId: null } });
    expect(noSource.data.updateCitation.userErrors[0]).toMatchObject({ field: ['input', 'sourceId'], code: 'INVALID' });
    const removed = await as.editor(deleteCitation, { input: { id: citation.id } });
    expect(removed.data.deleteCitation).toEqual({ citation: { quote: 'Golovkin' }, userErrors: [] });
    expect(history('deleteCitation')).toEqual([expect.objectContaining({ entity_type: 'Citation', after: null })]);
    expect((await as.anonymous(`query ($id: ID!) { node(id: $id) { id } }`, { id: citation.id })).data.node).toBeNull();
  });

  it('keeps the rule on an update: a HIGH citation keeps its quote and stays a statement; a kind cannot be cleared', async () => {
    const { data: post } = await as.anonymous(`{ person(handle: "alimzhan-akayev") { posts { nodes { citations(filter: { source: "astana-article" }) { nodes { id } } } } } }`);
    const id = post.person.posts.nodes[0].citations.nodes[0].id;
    const before = snapshot(registry);
    const unquoted = await as.editor(updateCitation, { input: { id, quote: null } });
    expect(unquoted.data.updateCitation.userErrors).toEqual([{
      field: ['input', 'confidence'], message: 'HIGH needs a quote, the words of "astana-article" that state the fact; give the quote, or MEDIUM or LOW.', code: 'INVALID',
    }]);
    const inferredHigh = await as.editor(updateCitation, { input: { id, kind: 'INFERRED', note: 'Read from his title.' } });
    expect(inferredHigh.data.updateCitation.userErrors[0]).toMatchObject({ field: ['input', 'confidence'], code: 'INVALID' });
    const cleared = await as.editor(updateCitation, { input: { id, kind: null } });
    expect(cleared.data.updateCitation.userErrors[0]).toMatchObject({ field: ['input', 'kind'], code: 'INVALID' });
    expect(snapshot(registry)).toBe(before);
  });

  it('refuses to clear a source text that HIGH citations are checked against', async () => {
    const before = snapshot(registry);
    const { data } = await as.editor(update, { input: { id: await idOf('source', 'astana-article'), text: null } });
    expect(data.updateSource.userErrors).toEqual([{
      field: ['input', 'text'],
      message: expect.stringMatching(/^\d+ citations of this source are HIGH, which needs a quote checked against its text; keep the text, or lower those citations to MEDIUM or LOW first\.$/),
      code: 'CONFLICT',
    }]);
    expect(snapshot(registry)).toBe(before);
  });

  it('refuses a revert that would put back a text without a quote cited since, or a quote no longer in the text', async () => {
    const revert = `mutation ($changeId: ID!) { revertChange(input: { changeId: $changeId }) { change { id } ${errors} } }`;
    const lastChange = async (query: string) => (await as.anonymous(query)).data;
    const created = await as.editor(create, { input: { handle: 'noc-rk-bulletin', kind: 'PRESS_RELEASE', title: 'Bulletin', lang: 'en', text: 'Alpha beta.' } });
    const sourceId = created.data.createSource.source.id;
    await as.editor(update, { input: { id: sourceId, text: 'Alpha beta. Gamma delta.' } });
    const factId = await idOf('organization', 'noc-kazakhstan');
    const cited = await as.editor(attach, { input: { factId, sourceId, quote: 'Gamma delta', confidence: 'HIGH' } });
    expect(cited.data.attachCitation.userErrors).toEqual([]);
    const textChange = (await lastChange(`{ source(handle: "noc-rk-bulletin") { history(last: 1) { nodes { id } } } }`)).source.history.nodes[0].id;
    const before = snapshot(registry);
    const textBack = await as.admin(revert, { changeId: textChange });
    expect(textBack.data.revertChange.userErrors).toEqual([{
      field: ['input', 'changeId'],
      message: `Source ${sourceId} cannot be restored: 1 quotes cited from this source would no longer occur in the new text; keep them verbatim, or change those citations first.`,
      code: 'CONFLICT',
    }]);
    expect(snapshot(registry)).toBe(before);

    // The citation moves to "Alpha beta", the text drops "Gamma delta": reverting the move would bring back a quote no longer there.
    const citationId = cited.data.attachCitation.citation.id;
    expect((await as.editor(updateCitation, { input: { id: citationId, quote: 'Alpha beta' } })).data.updateCitation.userErrors).toEqual([]);
    const moved = (await lastChange(`{ node(id: "${citationId}") { ... on Citation { history(last: 1) { nodes { id } } } } }`)).node.history.nodes[0].id;
    expect((await as.editor(update, { input: { id: sourceId, text: 'Alpha beta.' } })).data.updateSource.userErrors).toEqual([]);
    const quoteBack = await as.admin(revert, { changeId: moved });
    expect(quoteBack.data.revertChange.userErrors).toEqual([{
      field: ['input', 'changeId'],
      message: `Citation ${citationId} cannot be restored: The quote does not occur in the text of "noc-rk-bulletin"; copy it verbatim from the source (same characters, spaces and punctuation).`,
      code: 'CONFLICT',
    }]);
  });
});
