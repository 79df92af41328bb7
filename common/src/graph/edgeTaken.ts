/**
 * Whether an execution went along an edge in the iteration the diagram shows: both ends ran (in the picked DO_WHILE
 * iteration, §5.8), and out of a SWITCH only along the lane its evaluation chose in that run (§5.6).
 */
import { isTerminalWorkflowStatus } from '../status';
import { displayedRun } from './displayedRun';
import type { IterationChoice } from './displayedRun';
import { END_ID, START_ID } from './graphTypes';
import type { GraphEdge, GraphNode, TaskRun, WorkflowGraph } from './graphTypes';

/** What `isEdgeTaken` needs about the whole graph, computed once per drawing. */
export interface TakenContext {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly containers: ReadonlyMap<string, GraphNode>;
  readonly iterations: IterationChoice;
  /** The workflow has ended, so the edges into the end node count as taken when their source ran. */
  readonly ended: boolean;
  /** The case values of each SWITCH's lanes. */
  readonly caseLabels: ReadonlyMap<string, readonly string[]>;
}

/** The context for one drawing of `graph` with the picked iterations. */
export function takenContext(
  graph: WorkflowGraph,
  containers: ReadonlyMap<string, GraphNode>,
  iterations: IterationChoice,
): TakenContext {
  const caseLabels = new Map<string, string[]>();
  for (const edge of graph.edges)
    if (edge.kind === 'case' && edge.label !== undefined)
      caseLabels.set(edge.source, [...(caseLabels.get(edge.source) ?? []), edge.label]);
  const status = graph.execution?.status;
  const ended = status !== undefined && isTerminalWorkflowStatus(status);
  return { nodes: new Map(graph.nodes.map((node) => [node.id, node])), containers, iterations, ended, caseLabels };
}

/** True when the shown runs went along `edge`. */
export function isEdgeTaken(edge: GraphEdge, context: TakenContext): boolean {
  const source = context.nodes.get(edge.source);
  const target = context.nodes.get(edge.target);
  const runOf = (node: GraphNode | undefined): TaskRun | undefined =>
    node && displayedRun(node, context.containers, context.iterations);
  const sourceRan = edge.source === START_ID || runOf(source) !== undefined;
  if (!sourceRan) return false;
  if (source?.kind === 'switch' && isLaneEdge(edge)) return edge.label === switchLane(source, context);
  return edge.target === END_ID ? context.ended : runOf(target) !== undefined;
}

/** A SWITCH's edge into one of its lanes (a case or the default). */
export function isLaneEdge(edge: GraphEdge): boolean {
  return edge.kind === 'case' || edge.kind === 'default';
}

/** The lane the shown run of a SWITCH took: its case value's own, or `default` when no case matches it (§5.6). */
export function switchLane(node: GraphNode, context: TakenContext): string | undefined {
  const value = displayedRun(node, context.containers, context.iterations)?.caseOutput;
  if (value === undefined) return undefined;
  return context.caseLabels.get(node.id)?.includes(value) ? value : 'default';
}
