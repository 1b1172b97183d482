/**
 * The network around an organisation or person drawn as SVG: the GraphQL `network` query (its walk,
 * its depth bounds, `name(lang:)`'s language rules) read through the schema, laid out by Graphviz
 * compiled to WebAssembly (@viz-js/viz, whose wasm ships inside the package: nothing is downloaded).
 */
import type { RunOperation } from '../../shared/operation.js';
import { networkDot, type NetworkData } from './network.dot.js';

const CENTRE = 'query NetworkCentre($handle: String!) { organization(handle: $handle) { id } person(handle: $handle) { id } }';

const NETWORK = `query NetworkPicture($around: ID!, $depth: Int!, $lang: String) {
  network(around: $around, depth: $depth) {
    truncated
    vertices { __typename ... on Organization { id name(lang: $lang) } ... on Person { id name(lang: $lang) } }
    edges {
      from to kind
      fact { ... on Post { role } ... on Affiliation { kind } ... on Event { name(lang: $lang) } ... on Agreement { title } }
    }
  }
}`;

export interface NetworkPictureArgs {
  /** The handle of the organisation (first) or person at the centre. */
  handle: string;
  depth: number;
  /** A BCP 47 tag; none: the request's Accept-Language, then English, as `name` does. */
  lang?: string | null;
}

/** Loaded on the first picture only: the module and its WebAssembly are a few megabytes. */
let viz: Promise<{ renderString(dot: string, options: { format: 'svg' }): string }> | undefined;

export function renderSvg(dot: string): Promise<string> {
  viz ??= import('@viz-js/viz').then(({ instance }) => instance());
  return viz.then((v) => v.renderString(dot, { format: 'svg' }));
}

/** The picture's DOT source; null when no organisation or person has the handle. */
export async function networkDotFor(run: RunOperation, args: NetworkPictureArgs): Promise<string | null> {
  const centre = await run<{ organization: { id: string } | null; person: { id: string } | null }>(CENTRE, { handle: args.handle });
  const around = (centre.organization ?? centre.person)?.id;
  if (!around) return null;
  const { network } = await run<{ network: NetworkData | null }>(NETWORK, { around, depth: args.depth, lang: args.lang ?? null });
  return network && networkDot(network, network.vertices[0]?.name ?? args.handle);
}

export async function networkSvg(run: RunOperation, args: NetworkPictureArgs): Promise<string | null> {
  const dot = await networkDotFor(run, args);
  return dot && renderSvg(dot);
}
