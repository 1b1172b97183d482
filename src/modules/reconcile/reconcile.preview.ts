/**
 * The preview card OpenRefine shows in an iframe beside a candidate: a small HTML page, every value
 * escaped, styled inline, loading nothing (its Content-Security-Policy forbids any other resource).
 */
import type { RunOperation } from '../../shared/operation.js';
import type { ReconcileTypeId } from './reconcile.types.js';

export const PREVIEW_SIZE = { width: 400, height: 200 } as const;

/** Nothing but inline style: no script, image, font or frame, from anywhere. */
export const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors *";

const NAMES = 'names(first: 12) { nodes { value lang } }';

const PREVIEW = `query ReconcilePreview($id: ID!) {
  node(id: $id) {
    __typename
    ... on Organization { name handle kind shortName description country { name } ${NAMES} }
    ... on Person { name handle summary nationality { name } ${NAMES} }
    ... on Country { name iocCode iso2 iso3 officialName ${NAMES} }
  }
}`;

interface PreviewNode {
  __typename: ReconcileTypeId | string;
  name: string;
  handle?: string;
  kind?: string;
  shortName?: string | null;
  description?: string | null;
  summary?: string | null;
  officialName?: string | null;
  iocCode?: string | null;
  iso2?: string | null;
  iso3?: string | null;
  country?: { name: string } | null;
  nationality?: { name: string } | null;
  names: { nodes: { value: string; lang: string }[] };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** The card for an organisation, person or country; null when the id names none of them. */
export async function previewHtml(run: RunOperation, id: string): Promise<string | null> {
  const { node } = await run<{ node: PreviewNode | null }>(PREVIEW, { id });
  if (!node || !['Organization', 'Person', 'Country'].includes(node.__typename)) return null;
  const facts: [string, string | null | undefined][] = [
    ['Type', node.kind ? `${node.__typename}: ${node.kind.toLowerCase().replaceAll('_', ' ')}` : node.__typename],
    ['Short name', node.shortName],
    ['Official name', node.officialName],
    ['Country', node.country?.name],
    ['Nationality', node.nationality?.name],
    ['Codes', [node.iocCode && `IOC ${node.iocCode}`, node.iso3 && `ISO ${node.iso3}`, node.iso2].filter(Boolean).join(', ') || null],
    ['Handle', node.handle],
  ];
  const rows = facts.filter(([, value]) => value).map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value!)}</td></tr>`);
  const others = node.names.nodes.filter((n) => n.value !== node.name)
    .map((n) => `<li lang="${escapeHtml(n.lang)}" dir="auto">${escapeHtml(n.value)}</li>`);
  const text = node.description ?? node.summary;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(node.name)}</title>
<style>body{font:13px/1.4 system-ui,sans-serif;margin:8px;color:#222}h1{font-size:15px;margin:0 0 6px}th{text-align:left;color:#666;font-weight:normal;padding-right:8px;vertical-align:top}ul{margin:4px 0;padding-left:18px}p{margin:6px 0}</style>
</head><body>
<h1 dir="auto">${escapeHtml(node.name)}</h1>
<table>${rows.join('')}</table>
${text ? `<p dir="auto">${escapeHtml(text)}</p>` : ''}
${others.length ? `<ul>${others.join('')}</ul>` : ''}
</body></html>
`;
}
