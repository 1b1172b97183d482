/** Writes to citations: attaching a source, with its quote, to any fact. Each function runs inside one write. */
import * as t from '../../db/schema.js';
import { InvalidIdError } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { nodeTables } from '../../shared/node-registry.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { given, patchOf } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { AttachCitationInput, UpdateCitationInput } from './citation.input.js';
import { citationTargetKey, citedTypeNames } from './citation.targets.js';


/** The citation column and row id of the fact `factId` names. */
function target(writer: Writer, factId: string): { key: keyof t.CitationRow; id: number } {
  const parsed = fromGlobalId(factId);
  if (!parsed) throw new InvalidIdError(factId, 'factId');
  const type = citedTypeNames.find((name) => name === parsed.type);
  if (!type) {
    fail('factId', `"${factId}" is not a fact that can be cited; give the id of an ${citedTypeNames.join(', ')}.`, UserErrorCode.NOT_FOUND);
  }
  return { key: citationTargetKey(type), id: existing(writer, nodeTables[type], factId, 'factId').id };
}

/** A quote must be the source's own words, when the source stores its text. */
function quoteInSource(source: t.SourceRow, quote: string | null | undefined): void {
  if (quote && source.text != null && !source.text.includes(quote)) {
    fail('quote', `The quote does not occur in the text of "${source.handle}"; copy it verbatim from the source (same characters, spaces and punctuation).`);
  }
}

export function attachCitation(writer: Writer, input: AttachCitationInput) {
  validateInput(input);
  const fact = target(writer, input.factId);
  const source = existing(writer, t.sources, input.sourceId, 'sourceId');
  quoteInSource(source, input.quote);
  const { factId, sourceId, ...fields } = input;
  return writer.insert(t.citations, { ...fields, sourceId: source.id, [fact.key]: fact.id });
}

export function updateCitation(writer: Writer, input: UpdateCitationInput) {
  validateInput(input);
  const current = existing(writer, t.citations, input.id, 'id');
  const { sourceId, ...fields } = given(input);
  if (!Object.keys(given(input)).length) return current;
  if (sourceId === null) fail('sourceId', '`sourceId` cannot be cleared: every citation has a source. Give another source or leave it out.');
  if (fields.confidence === null) fail('confidence', '`confidence` cannot be cleared; give HIGH, MEDIUM or LOW, or leave it out.');
  const source = sourceId ? existing(writer, t.sources, sourceId, 'sourceId') : writer.find(t.sources, current.sourceId)!;
  quoteInSource(source, fields.quote !== undefined ? fields.quote : current.quote);
  return writer.update(t.citations, current.id, { ...patchOf(writer, t.citations, current, fields), sourceId: source.id })!;
}

export function deleteCitation(writer: Writer, input: { id: string }) {
  const current = existing(writer, t.citations, input.id, 'id');
  return writer.remove(t.citations, current.id)!;
}
