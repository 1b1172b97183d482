/** Writes to citations: attaching a source, with its quote, to any fact. Each function runs inside one write. */
import { CitationKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { InvalidIdError } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { nodeTables } from '../../shared/node-registry.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { given, patchOf } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { AttachCitationInput, UpdateCitationInput } from './citation.input.js';
import { citationProblem } from './citation.rule.js';
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

/** A citation must keep the rule (citation.rule.ts) with its source. */
function keepsRule(source: t.SourceRow, citation: Parameters<typeof citationProblem>[1]): void {
  const problem = citationProblem(source, citation);
  if (problem) fail(problem.field, problem.message);
}

export function attachCitation(writer: Writer, input: AttachCitationInput) {
  validateInput(input);
  const fact = target(writer, input.factId);
  const source = existing(writer, t.sources, input.sourceId, 'sourceId');
  keepsRule(source, input);
  const { factId, sourceId, ...fields } = input;
  return writer.insert(t.citations, { ...fields, kind: fields.kind ?? CitationKind.STATED, sourceId: source.id, [fact.key]: fact.id });
}

export function updateCitation(writer: Writer, input: UpdateCitationInput) {
  validateInput(input);
  const current = existing(writer, t.citations, input.id, 'id');
  const { sourceId, ...fields } = given(input);
  if (!Object.keys(given(input)).length) return current;
  if (sourceId === null) fail('sourceId', '`sourceId` cannot be cleared: every citation has a source. Give another source or leave it out.');
  if (fields.confidence === null) fail('confidence', '`confidence` cannot be cleared; give HIGH, MEDIUM or LOW, or leave it out.');
  if (fields.kind === null) fail('kind', '`kind` cannot be cleared; give STATED or INFERRED, or leave it out.');
  const source = sourceId ? existing(writer, t.sources, sourceId, 'sourceId') : writer.find(t.sources, current.sourceId)!;
  keepsRule(source, { ...current, ...fields });
  return writer.update(t.citations, current.id, { ...patchOf(writer, t.citations, current, fields), sourceId: source.id })!;
}

export function deleteCitation(writer: Writer, input: { id: string }) {
  const current = existing(writer, t.citations, input.id, 'id');
  return writer.remove(t.citations, current.id)!;
}
