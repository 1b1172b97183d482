/**
 * The offline GraphiQL IDE: one HTML page plus assets read from node_modules, never from a CDN.
 * graphiql's UMD bundle expects the globals `React` and `ReactDOM` and defines `GraphiQL`.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const IDE_ASSET_PREFIX = '/ide/assets/';

export interface IdeAsset {
  contentType: string;
  body: string;
}

const JAVASCRIPT = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

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

// Runs after the three UMD bundles have defined React, ReactDOM and GraphiQL.
const BOOT_SCRIPT = `(function () {
  'use strict';
  // GraphiQL's dialogs inject a <style> element stamped with this global; the page CSP admits only that nonce.
  window.__webpack_nonce__ = document.currentScript.nonce;
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    defaultEditorToolsVisibility: true,
  }));
})();
`;

// The UMD builds are outside these packages' `exports` maps, so resolve package.json and join.
const require = createRequire(import.meta.url);
const packageFiles = new Map<string, { file: string; contentType: string }>([
  ['react.production.min.js', { file: 'react/umd/react.production.min.js', contentType: JAVASCRIPT }],
  ['react-dom.production.min.js', { file: 'react-dom/umd/react-dom.production.min.js', contentType: JAVASCRIPT }],
  ['graphiql.min.js', { file: 'graphiql/graphiql.min.js', contentType: JAVASCRIPT }],
  ['graphiql.min.css', { file: 'graphiql/graphiql.min.css', contentType: CSS }],
]);

function readPackageFile(file: string): string {
  const [pkg, ...rest] = file.split('/');
  const text = readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), ...rest), 'utf8');
  // The source maps are not served; without this, DevTools would request a missing file.
  return text.replace(/\n\/[/*]# sourceMappingURL=.*$/m, '\n');
}

const cache = new Map<string, IdeAsset>([['boot.js', { contentType: JAVASCRIPT, body: BOOT_SCRIPT }]]);

/** The asset called `name` (the part after IDE_ASSET_PREFIX), read on first use and then kept in memory. */
export function ideAsset(name: string): IdeAsset | undefined {
  const cached = cache.get(name);
  if (cached) return cached;
  const source = packageFiles.get(name);
  if (!source) return undefined;
  const asset = { contentType: source.contentType, body: readPackageFile(source.file) };
  cache.set(name, asset);
  return asset;
}

/** The IDE page and the Content-Security-Policy it must be sent with (fresh nonce each time). */
export function renderIdePage(): { html: string; contentSecurityPolicy: string } {
  const nonce = randomBytes(16).toString('base64');
  const contentSecurityPolicy = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    // graphiql's CSS embeds its fonts and icons as data: URLs; nothing is fetched for them.
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  const asset = (name: string) => `${IDE_ASSET_PREFIX}${name}`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sportsgraph GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset('graphiql.min.css')}">
<style nonce="${nonce}">body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading the GraphiQL IDE…</div>
<script src="${asset('react.production.min.js')}"></script>
<script src="${asset('react-dom.production.min.js')}"></script>
<script src="${asset('graphiql.min.js')}"></script>
<script src="${asset('boot.js')}" nonce="${nonce}"></script>
</body>
</html>
`;
  return { html, contentSecurityPolicy };
}
