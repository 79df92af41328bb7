/**
 * Lays a diagram out with ELK (elkjs, Eclipse Layout Kernel): layered, top to bottom, orthogonal edges, DO_WHILE and
 * expanded sub-workflows as compound nodes, each laid out inside first and then placed as one box.
 * Every coordinate in the result is absolute, so the renderer needs no container offsets.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { GraphEdge, GraphNode, WorkflowGraph } from './graphTypes';
import { CONTAINER_HEADER, nodeSize, textWidth } from './nodeSize';

/** A positioned box. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where everything went. */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: Readonly<Record<string, Box>>;
  /** Polyline points per edge id, `[x0, y0, x1, y1, …]`. */
  readonly edges: Readonly<Record<string, readonly number[]>>;
  /** Label boxes per edge id (SWITCH case values). */
  readonly labels: Readonly<Record<string, Box>>;
}

/** How every level is laid out; with SEPARATE_CHILDREN each container reads its own options, so all get these. */
const LAYERED: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.edgeLabel': '4',
  // Keeps case lanes and fork branches in the order the definition lists them.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};
const ROOT_OPTIONS: Record<string, string> = {
  ...LAYERED,
  // Every edge joins two nodes of the same container (a loop body, an expanded child), so each container is laid
  // out on its own (SEPARATE_CHILDREN, the default) and then placed as one box.
  'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
  'elk.padding': '[top=20,left=20,bottom=20,right=20]',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
};
/** One instance: creating ELK re-initializes its whole (GWT-compiled) runtime, ~150 ms. */
const elk = new ELK();
const CONTAINER_OPTIONS = { ...LAYERED, 'elk.padding': `[top=${CONTAINER_HEADER},left=16,bottom=16,right=16]` };

/**
 * What the layout depends on: node ids, kinds, containers and texts (which set the sizes), and the edges. Two graphs
 * with the same key have the same layout, so statuses, diagnostics and most edits (inside strings) skip ELK.
 */
export function layoutKey(graph: WorkflowGraph): string {
  const nodes = graph.nodes.map((node) => [node.id, node.kind, node.parent, node.label, node.type, node.detail]);
  const edges = graph.edges.map((edge) => [edge.id, edge.source, edge.target, edge.label]);
  return JSON.stringify([nodes, edges]);
}

/** Computes the layout; rejects only on an ELK bug (the graph model is always well-formed). */
export async function layoutGraph(graph: WorkflowGraph): Promise<GraphLayout> {
  const root: ElkNode = { id: '__root', layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  const elkNodes = new Map<string, ElkNode>();
  const containers = new Set(graph.nodes.flatMap((node) => (node.parent === undefined ? [] : [node.parent])));
  for (const node of graph.nodes) elkNodes.set(node.id, toElkNode(node, containers.has(node.id)));
  for (const node of graph.nodes) {
    const parent = node.parent === undefined ? root : (elkNodes.get(node.parent) ?? root);
    (parent.children ??= []).push(elkNodes.get(node.id) as ElkNode);
  }
  const parents = new Map(graph.nodes.map((node) => [node.id, node.parent]));
  for (const edge of graph.edges) {
    const parent = parents.get(edge.source);
    const container = parent === undefined ? root : (elkNodes.get(parent) ?? root);
    (container.edges ??= []).push(toElkEdge(edge));
  }
  const result = await elk.layout(root);
  return collect(result);
}

function toElkNode(node: GraphNode, isContainer: boolean): ElkNode {
  if (isContainer) {
    const minWidth = textWidth(node.label) + 120;
    const size = { 'elk.nodeSize.constraints': 'MINIMUM_SIZE', 'elk.nodeSize.minimum': `(${minWidth},60)` };
    return { id: node.id, layoutOptions: { ...CONTAINER_OPTIONS, ...size } };
  }
  return { id: node.id, ...nodeSize(node) };
}

function toElkEdge(edge: GraphEdge): ElkExtendedEdge {
  const labels = edge.label === undefined ? [] : [{ text: edge.label, width: textWidth(edge.label) + 8, height: 16 }];
  return { id: edge.id, sources: [edge.source], targets: [edge.target], labels };
}

function collect(result: ElkNode): GraphLayout {
  const nodes: Record<string, Box> = {};
  const edges: Record<string, number[]> = {};
  const labels: Record<string, Box> = {};
  const visit = (elk: ElkNode): void => {
    for (const child of elk.children ?? []) {
      nodes[child.id] = { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 };
      visit(child);
    }
    for (const edge of elk.edges ?? []) {
      edges[edge.id] = (edge.sections ?? []).flatMap((section) =>
        [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].flatMap((point) => [point.x, point.y]),
      );
      const label = edge.labels?.[0];
      if (label)
        labels[edge.id] = { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 };
    }
  };
  visit(result);
  return { width: result.width ?? 0, height: result.height ?? 0, nodes, edges, labels };
}
