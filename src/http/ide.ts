/**
 * The offline IDE pages: GraphiQL at /graphql (for a browser) and the schema map at /voyager.
 * Each is one HTML page with a strict Content-Security-Policy plus scripts that esbuild bundles
 * from node_modules (ide/bundle.ts), served from this server, never from a CDN.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleFile, bundleKey, ideBundle } from './ide/bundle.js';

export const IDE_ASSET_PREFIX = '/ide/assets/';

export interface IdeAsset {
  contentType: string;
  body: Buffer;
  /** The body gzipped, for the browsers that accept it (the GraphiQL bundle is 5 MB, 1.3 MB gzipped). */
  gzipped: Buffer;
}

export interface IdePage {
  html: string;
  contentSecurityPolicy: string;
}

export const DEFAULT_QUERY = `# Welcome to sportsgraph. Run a query with Ctrl+Enter or the play button.
{
  organizations(first: 5) {
    edges {
      node {
        name
        shortName
      }
    }
  }
}
`;

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const assets = new Map<string, Promise<IdeAsset | undefined>>();

/**
 * The asset at `path` (what follows IDE_ASSET_PREFIX: the bundle's key, then a file name), read on
 * first use and then kept in memory; undefined when there is no such file. Builds the bundle if
 * it is not built yet.
 */
export function ideAsset(path: string): Promise<IdeAsset | undefined> {
  const [key, name, ...rest] = path.split('/');
  const contentType = CONTENT_TYPES[extname(name ?? '')];
  if (key !== bundleKey() || rest.length > 0 || !contentType) return Promise.resolve(undefined);
  let asset = assets.get(name);
  if (!asset) {
    asset = readAsset(name, contentType);
    assets.set(name, asset);
    asset.catch(() => assets.delete(name)); // a failed build is tried again on the next request
  }
  return asset;
}

/** The headers and body that answer a request for an asset, gzipped when the client accepts it. */
export function assetResponse(asset: IdeAsset, acceptEncoding: string | undefined): { headers: Record<string, string>; body: Buffer } {
  const gzip = /\bgzip\b/.test(acceptEncoding ?? '');
  const headers: Record<string, string> = {
    'content-type': asset.contentType,
    // The URL names the bundle's hash: another bundle has other URLs, so a browser may keep this one for good.
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
  };
  if (gzip) headers['content-encoding'] = 'gzip';
  return { headers, body: gzip ? asset.gzipped : asset.body };
}

async function readAsset(name: string, contentType: string): Promise<IdeAsset | undefined> {
  await ideBundle();
  const file = bundleFile(name);
  const body = file === undefined ? undefined : await readFile(file).catch(() => undefined);
  return body && { contentType, body, gzipped: gzipSync(body) };
}

/** Sources allowed on both pages: this server only, and data: URLs for the icons and fonts inside the CSS. */
const SELF_ONLY = [
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** GraphiQL at /graphql. */
export function renderGraphiqlPage(): IdePage {
  return renderPage({
    title: 'sportsgraph GraphiQL',
    script: 'graphiql',
    root: { id: 'graphiql', 'data-endpoint': '/graphql', 'data-default-query': DEFAULT_QUERY },
    loading: 'Loading the GraphiQL IDE…',
    policy: [
      "script-src 'self'",
      // Monaco's workers are files of the bundle, started from their URLs.
      "worker-src 'self'",
      // Monaco and GraphiQL add <style> elements as they go (themes, decorations, dialogs) and
      // set no nonce on them. A style cannot run code; scripts stay limited to this server's files.
      "style-src 'self' 'unsafe-inline'",
    ],
  });
}

/** The schema map at /voyager. */
export function renderVoyagerPage(): IdePage {
  return renderPage({
    title: 'sportsgraph schema map',
    script: 'voyager',
    root: { id: 'voyager', 'data-endpoint': '/graphql' },
    loading: 'Loading the schema map…',
    policy: [
      // Voyager lays the graph out with Graphviz compiled to WebAssembly: compiling it needs
      // 'wasm-unsafe-eval' (WebAssembly only, not JavaScript's eval), in a worker that it starts
      // from a blob: URL made of the bundled worker code.
      "script-src 'self' 'wasm-unsafe-eval'",
      "worker-src blob:",
      // MUI's emotion styles are <style> elements without a nonce: see the GraphiQL page.
      "style-src 'self' 'unsafe-inline'",
    ],
  });
}

interface PageParts {
  title: string;
  script: string;
  root: Record<string, string>;
  loading: string;
  policy: string[];
}

function renderPage({ title, script, root, loading, policy }: PageParts): IdePage {
  const asset = (name: string) => `${IDE_ASSET_PREFIX}${bundleKey()}/${name}`;
  const attributes = Object.entries(root).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset(`${script}.css`)}">
<style>body { margin: 0; } #${root.id} { height: 100vh; }</style>
</head>
<body>
<div${attributes}>${loading}</div>
<script src="${asset(`${script}.js`)}"></script>
</body>
</html>
`;
  return { html, contentSecurityPolicy: [...policy, ...SELF_ONLY].join('; ') };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
