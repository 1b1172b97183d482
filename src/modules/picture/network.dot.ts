/**
 * The network around an organisation or person (the GraphQL `network` answer) as a Graphviz DOT
 * graph: organisations as boxes, people as ellipses, the centre filled, each edge labelled with the
 * fact that links its ends. Undirected: an edge's `from` is only the end nearer the centre.
 */

export interface NetworkVertex {
  __typename: 'Organization' | 'Person';
  id: string;
  name: string;
}

export interface NetworkEdge {
  from: string;
  to: string;
  kind: 'POST' | 'AFFILIATION' | 'AGREEMENT' | 'SHARED_EVENT';
  fact: { role?: string; kind?: string; name?: string; title?: string };
}

export interface NetworkData {
  truncated: boolean;
  vertices: NetworkVertex[];
  edges: NetworkEdge[];
}

/**
 * A DOT quoted string: backslashes and quotes escaped (a name cannot end the string or start an
 * escape such as `\N`), line breaks as DOT's `\n`.
 */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n?|\n/g, '\\n')}"`;
}

const words = (value: string) => value.toLowerCase().replaceAll('_', ' ');

/** The edge's label: the post's role, the tie's kind, the shared event's name or the agreement's title. */
function edgeLabel({ kind, fact }: NetworkEdge): string {
  if (kind === 'POST') return words(fact.role ?? 'post');
  if (kind === 'AFFILIATION') return words(fact.kind ?? 'affiliation');
  return fact.name ?? fact.title ?? words(kind);
}

export function networkDot(network: NetworkData, title: string): string {
  const index = new Map(network.vertices.map((vertex, i) => [vertex.id, `v${i}`]));
  const lines = [
    `graph ${dotString(title)} {`,
    '  graph [layout=neato, overlap=false, splines=true, sep="+12", fontname="Helvetica,Arial,sans-serif"];',
    '  node [fontname="Helvetica,Arial,sans-serif", fontsize=11, style=filled, fillcolor="#ffffff", color="#4a6fa5"];',
    '  edge [fontname="Helvetica,Arial,sans-serif", fontsize=9, color="#8a99ad", fontcolor="#4d5b6e"];',
  ];
  network.vertices.forEach((vertex, i) => {
    const shape = vertex.__typename === 'Organization' ? 'box' : 'ellipse';
    const centre = i === 0 ? ', fillcolor="#dbe7f7", penwidth=2' : '';
    lines.push(`  v${i} [label=${dotString(vertex.name)}, shape=${shape}${centre}];`);
  });
  for (const edge of network.edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from && to) lines.push(`  ${from} -- ${to} [label=${dotString(edgeLabel(edge))}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
