/**
 * The GraphiQL page's script, bundled by esbuild (bundle.ts) with React, GraphiQL 5, its Monaco
 * editor and the explorer plugin. Plain JavaScript for the browser: the server's TypeScript
 * settings (no DOM) do not apply to it.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';

// Monaco's workers are bundled beside this script (graphql: completion and validation; json:
// the variables and headers editors; the rest: the editor's own), so none comes from a CDN.
const here = new URL('.', document.currentScript.src);
const WORKERS = { graphql: 'graphql.worker.js', json: 'json.worker.js' };
globalThis.MonacoEnvironment = {
  getWorker: (_id, label) => new Worker(new URL(WORKERS[label] ?? 'editor.worker.js', here), { name: `monaco-${label}` }),
};

const element = document.getElementById('graphiql');
createRoot(element).render(
  createElement(GraphiQL, {
    fetcher: createGraphiQLFetcher({ url: element.dataset.endpoint }),
    defaultQuery: element.dataset.defaultQuery,
    plugins: [HISTORY_PLUGIN, explorerPlugin()],
    defaultEditorToolsVisibility: true,
  }),
);
