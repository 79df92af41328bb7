/**
 * A laid-out diagram → an SVG string. Colours are not in the markup: classes (`kind-*`, `status-*`, `diag-*`,
 * `taken`) are styled by the webview's stylesheet from VS Code's theme variables, so one drawing serves light, dark
 * and high-contrast themes; exports inline the resolved colours.
 */
import { containersOf, displayedRun } from './displayedRun';
import { isEdgeTaken, takenContext, type TakenContext } from './edgeTaken';
import type { IterationChoice } from './displayedRun';
import type { GraphNode, WorkflowGraph } from './graphTypes';
import type { Box, GraphLayout } from './layoutGraph';
import { CONTAINER_HEADER, fitText, secondLine } from './nodeSize';

/** Builds the `<svg>` element's markup. */
export function renderSvg(graph: WorkflowGraph, layout: GraphLayout, iterations: IterationChoice = {}): string {
  const containers = containersOf(graph);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="conductor-diagram" width="${round(layout.width)}" ` +
      `height="${round(layout.height)}" viewBox="0 0 ${round(layout.width)} ${round(layout.height)}" role="img" ` +
      `aria-label="${escape(`Workflow ${graph.name ?? ''}`)}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">' +
      '<path class="arrowhead" d="M0,0 L10,5 L0,10 z"/></marker></defs>',
  ];
  for (const node of graph.nodes) {
    const box = layout.nodes[node.id];
    if (box && containers.has(node.id))
      out.push(
        renderContainer(
          node,
          box,
          classesOf(node, containers, iterations, graph.execution !== undefined),
          iterations[node.id],
        ),
      );
  }
  // Execution diagrams follow the picked DO_WHILE iterations; definitions have nothing taken.
  const context = graph.execution ? takenContext(graph, containers, iterations) : undefined;
  out.push(...renderEdges(graph, layout, context));
  for (const node of graph.nodes) {
    const box = layout.nodes[node.id];
    if (box && !containers.has(node.id))
      out.push(renderLeaf(node, box, classesOf(node, containers, iterations, graph.execution !== undefined)));
  }
  out.push('</svg>');
  return out.join('\n');
}

/** Each edge's path (and label), marked `taken` where the shown runs went along it. */
function renderEdges(graph: WorkflowGraph, layout: GraphLayout, context: TakenContext | undefined): string[] {
  const out: string[] = [];
  for (const edge of graph.edges) {
    const points = layout.edges[edge.id];
    if (!points || points.length < 4) continue;
    const d = points.map((value, i) => (i % 2 === 0 ? `${i === 0 ? 'M' : 'L'}${round(value)}` : `,${round(value)}`));
    const taken = context && isEdgeTaken(edge, context) ? ' taken' : '';
    out.push(
      `<path class="edge kind-${edge.kind}${taken}" data-edge="${escape(edge.id)}" d="${d.join('')}" marker-end="url(#arrow)"/>`,
    );
    const label = layout.labels[edge.id];
    if (label && edge.label !== undefined)
      out.push(
        `<text class="edge-label${taken}" x="${round(label.x + 4)}" y="${round(label.y + 12)}">${escape(edge.label)}</text>`,
      );
  }
  return out;
}

function classesOf(
  node: GraphNode,
  containers: Map<string, GraphNode>,
  iterations: IterationChoice,
  executed: boolean,
): string {
  const run = displayedRun(node, containers, iterations);
  // In an execution diagram a task without a run (in the shown iteration) has not run; a definition has no status.
  const synthetic = node.kind === 'start' || node.kind === 'end';
  const status = run?.status ?? (executed && !synthetic ? 'NOT_RUN' : 'none');
  const extra = [node.diagnostics ? `diag-${node.diagnostics}` : '', node.dynamic ? 'dynamic' : ''].filter(Boolean);
  return ['node', `kind-${node.kind}`, `status-${status}`, ...extra].join(' ');
}

function renderLeaf(node: GraphNode, box: Box, classes: string): string {
  const { x, y, width: w, height: h } = box;
  const open = `<g class="${classes}" data-id="${escape(node.id)}"><title>${escape(tooltip(node))}</title>`;
  if (node.kind === 'start' || node.kind === 'end')
    return `${open}<circle class="shape" cx="${round(x + w / 2)}" cy="${round(y + h / 2)}" r="${round(w / 2)}"/>${text('caption', x + w / 2, y + h / 2 + 4, node.label, 'middle')}</g>`;
  const shape =
    node.kind === 'switch'
      ? `<polygon class="shape" points="${[x + 12, y, x + w - 12, y, x + w, y + h / 2, x + w - 12, y + h, x + 12, y + h, x, y + h / 2].map(round).join(' ')}"/>`
      : `<rect class="shape" x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" rx="${node.kind === 'terminate' ? 0 : 6}"/>`;
  const lines =
    node.kind === 'fork' || node.kind === 'join'
      ? text('title', x + w / 2, y + h / 2 + 4, fitText(node.label, w - 16), 'middle')
      : text('title', x + 12, y + 19, fitText(node.label, w - 24), 'start') +
        text('detail', x + 12, y + 36, fitText(secondLine(node), w - 24), 'start');
  return `${open}${shape}${lines}${badge(node, x + w, y)}</g>`;
}

function renderContainer(node: GraphNode, box: Box, classes: string, chosen: number | undefined): string {
  const { x, y, width: w, height: h } = box;
  const picker =
    node.iterations !== undefined
      ? `<g class="iteration-picker" data-loop="${escape(node.id)}">${text('step', x + w - 78, y + 20, '◀', 'middle', 'data-step="-1"')}` +
        `${text('iteration', x + w - 50, y + 20, `${chosen ?? node.iterations}/${node.iterations}`, 'middle')}` +
        `${text('step', x + w - 22, y + 20, '▶', 'middle', 'data-step="1"')}</g>`
      : '';
  return (
    `<g class="${classes} container" data-id="${escape(node.id)}"><title>${escape(tooltip(node))}</title>` +
    `<rect class="shape" x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" rx="8"/>` +
    // The title leaves room for the iteration picker only when there is one.
    text('title', x + 12, y + 18, fitText(node.label, w - (picker ? 110 : 24)), 'start') +
    text('detail', x + 12, y + CONTAINER_HEADER - 10, fitText(secondLine(node), w - 24), 'start') +
    `${picker}${badge(node, x + w, y)}</g>`
  );
}

/** A "!" in the corner of a task with diagnostics; a drill-in arrow on a sub-workflow that ran. */
function badge(node: GraphNode, right: number, top: number): string {
  const marks: string[] = [];
  if (node.diagnostics)
    marks.push(
      `<g class="badge diagnostics"><circle cx="${round(right - 2)}" cy="${round(top + 2)}" r="7"/>${text('badge-text', right - 2, top + 6, '!', 'middle')}</g>`,
    );
  if (node.runs?.some((run) => run.subWorkflowId !== undefined))
    marks.push(text('drill', right - 10, top + 14, '↗', 'middle'));
  return marks.join('');
}

function tooltip(node: GraphNode): string {
  const status = node.runs?.at(-1)?.status;
  return [node.label, node.type ?? node.kind, node.detail, status].filter((part) => part !== undefined).join(' · ');
}

function text(cls: string, x: number, y: number, content: string, anchor: string, attributes = ''): string {
  return `<text class="${cls}" x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" ${attributes}>${escape(content)}</text>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Escapes text for SVG content and attribute values. */
export function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
