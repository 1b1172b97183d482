/** Language negotiation: the chain of BCP-47 tags a request would like names in. */

/** `ar, kk-Cyrl;q=0.9, en;q=0.5` -> ['ar', 'kk-cyrl', 'en'], best first; `*` and q=0 are dropped. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((l) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(l.tag) && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}

/** The explicit tag first, then the request's preferences, then English; no repeats. */
export function languageChain(explicit: string | null | undefined, preferred: readonly string[]): string[] {
  return [...new Set([...(explicit ? [explicit.trim().toLowerCase()] : []), ...preferred, 'en'])];
}

/** `kk-Cyrl` -> `kk`. */
export function primaryTag(tag: string): string {
  return tag.toLowerCase().split('-')[0];
}
