/**
 * Which run of a task an execution diagram shows: inside a DO_WHILE, the latest attempt of the iteration picked for
 * that loop (the latest iteration by default, §5.8); elsewhere the latest attempt (a retry supersedes, §5.3).
 */
import type { GraphNode, TaskRun, WorkflowGraph } from './graphTypes';

/** The iteration picked per loop node id; loops not listed show their latest iteration. */
export type IterationChoice = Readonly<Record<string, number>>;

/** The run to show for `node`, or undefined when the task has not run (in the chosen iteration). */
export function displayedRun(
  node: GraphNode,
  loops: ReadonlyMap<string, GraphNode>,
  choice: IterationChoice,
): TaskRun | undefined {
  const runs = node.runs;
  if (!runs || runs.length === 0) return undefined;
  const loop = enclosingLoop(node, loops);
  const picked = loop === undefined ? undefined : choice[loop.id];
  if (picked === undefined) return runs.at(-1);
  for (let i = runs.length - 1; i >= 0; i--) if (runs[i]?.iteration === picked) return runs[i];
  return undefined;
}

/** The nearest DO_WHILE container around `node`, if any. */
function enclosingLoop(node: GraphNode, loops: ReadonlyMap<string, GraphNode>): GraphNode | undefined {
  let parent = node.parent;
  for (let depth = 0; parent !== undefined && depth < 64; depth++) {
    const container = loops.get(parent);
    if (container?.kind === 'loop') return container;
    parent = container?.parent;
  }
  return undefined;
}

/** Containers by id (loops and expanded sub-workflows), for `displayedRun`. */
export function containersOf(graph: WorkflowGraph): Map<string, GraphNode> {
  const parents = new Set(graph.nodes.map((node) => node.parent));
  return new Map(graph.nodes.filter((node) => parents.has(node.id)).map((node) => [node.id, node]));
}
