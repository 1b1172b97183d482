/**
 * The rule every citation keeps, whoever writes it (attachCitation, updateCitation, updateSource,
 * a revert, the seed loader): a quote is the source's own words when the source stores its text;
 * HIGH is kept for a fact the source states in a quote checked against that text; an inference
 * is never HIGH and gives its reasoning in the note.
 */
import { eq } from 'drizzle-orm';
import { CitationKind, Confidence } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import type { ReadTx } from '../../shared/write.js';

type SourceText = Pick<t.SourceRow, 'handle' | 'text'>;
/** A citation as stored or as an input gives it (a kind left out is STATED). */
type Claim = { quote?: string | null; confidence?: Confidence | null; note?: string | null; kind?: CitationKind | null };

/** What breaks the rule: the citation field at fault and what would be accepted. */
export interface CitationProblem {
  field: 'quote' | 'confidence' | 'note';
  message: string;
}

/** The verbatim check: the quote occurs in the source's stored text, character for character. */
export function quoteVerified(source: SourceText, quote: string | null | undefined): boolean {
  return Boolean(quote) && source.text != null && source.text.includes(quote!);
}

/** The first way `citation` of `source` breaks the rule (see the file comment), or null. */
export function citationProblem(source: SourceText, citation: Claim): CitationProblem | null {
  const inferred = citation.kind === CitationKind.INFERRED;
  if (citation.quote && source.text != null && !quoteVerified(source, citation.quote)) {
    return { field: 'quote', message: `The quote does not occur in the text of "${source.handle}"; copy it verbatim from the source (same characters, spaces and punctuation).` };
  }
  if (inferred && !citation.note?.trim()) {
    return { field: 'note', message: 'An inference needs a note giving the reasoning: what it is concluded from, and how.' };
  }
  if (citation.confidence !== Confidence.HIGH) return null;
  if (inferred) {
    return { field: 'confidence', message: 'An inference is at most MEDIUM: HIGH is kept for what a source states in a quote checked against its text.' };
  }
  if (source.text == null) {
    return { field: 'confidence', message: `"${source.handle}" stores no text, so no quote from it can be checked, and HIGH needs one; store the source's text first (updateSource), or give MEDIUM or LOW.` };
  }
  if (!citation.quote) {
    return { field: 'confidence', message: `HIGH needs a quote, the words of "${source.handle}" that state the fact; give the quote, or MEDIUM or LOW.` };
  }
  return null;
}

/** Whether the citation shows where its fact came from: a quote found in the source's text, or an inference with its reasoning. */
export function citationVerifiable(source: SourceText, citation: Claim): boolean {
  if (citationProblem(source, citation)) return false;
  return citation.kind === CitationKind.INFERRED || quoteVerified(source, citation.quote);
}

/**
 * Why a source's text cannot become `text`: the citations of the source that would then break the
 * rule (a quote no longer in it, a HIGH citation left without a text to check); null when none would.
 */
export function textChangeProblem(read: ReadTx, source: Pick<t.SourceRow, 'id' | 'handle'>, text: string | null): string | null {
  const cited = read.select().from(t.citations).where(eq(t.citations.sourceId, source.id)).all();
  const broken = cited.map((citation) => citationProblem({ handle: source.handle, text }, citation)).filter((problem) => problem !== null);
  const lost = broken.filter((problem) => problem.field === 'quote').length;
  if (lost) return `${lost} quotes cited from this source would no longer occur in the new text; keep them verbatim, or change those citations first.`;
  if (broken.length) return `${broken.length} citations of this source are HIGH, which needs a quote checked against its text; keep the text, or lower those citations to MEDIUM or LOW first.`;
  return null;
}

/**
 * Why a revert cannot put back these values of a citation or a source (the rule holds for
 * restored rows too: a quote checked against a text since changed, a row older than the rule);
 * null for any other table.
 */
export function restoreProblem(read: ReadTx, table: unknown, id: number, values: Record<string, unknown>): string | null {
  if (table === t.sources) return textChangeProblem(read, { id, handle: String(values.handle) }, (values.text as string | null) ?? null);
  if (table !== t.citations) return null;
  const source = read.select().from(t.sources).where(eq(t.sources.id, values.sourceId as number)).get();
  return source ? citationProblem(source, values as Claim)?.message ?? null : null;
}
