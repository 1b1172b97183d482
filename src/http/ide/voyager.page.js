/**
 * The schema map's script (/voyager), bundled by esbuild (bundle.ts) with React and
 * graphql-voyager. Voyager lays the graph out with Graphviz compiled to WebAssembly, in a worker
 * it starts from a blob: URL; both are inside the bundle, nothing is fetched but the schema.
 */
import { Voyager, voyagerIntrospectionQuery } from 'graphql-voyager';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphql-voyager/dist/voyager.css';

const element = document.getElementById('voyager');

async function introspection() {
  const response = await fetch(element.dataset.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: voyagerIntrospectionQuery }),
  });
  return response.json();
}

createRoot(element).render(createElement(Voyager, { introspection: introspection(), hideVoyagerLogo: true }));
