/**
 * Execution → diagram: the definition's graph with each task's runs attached by reference (reference §1.7), DO_WHILE
 * iterations `ref__N` grouped under `ref` (§5.8), the SWITCH case taken (§5.6), the tasks a dynamic fork created
 * (§5.7) put in place of its placeholder, and each SUB_WORKFLOW run's child id for drilling in (§5.9).
 */
import type { Task } from '../model/task';
import type { Workflow } from '../model/workflow';
import { buildDefinitionGraph } from './buildDefinitionGraph';
import { containersOf } from './displayedRun';
import { placeDynamicTasks } from './dynamicForkTasks';
import { isEdgeTaken, isLaneEdge, switchLane, takenContext } from './edgeTaken';
import type { GraphNode, TaskRun, WorkflowGraph } from './graphTypes';

/** The runtime reference split into the definition's reference and the DO_WHILE iteration it belongs to. */
export function splitIterationRef(ref: string, known: (ref: string) => boolean): { ref: string; iteration: number } {
  const match = /^(.+)__(\d+)$/.exec(ref);
  if (match?.[1] !== undefined && !known(ref) && known(match[1])) return { ref: match[1], iteration: Number(match[2]) };
  return { ref, iteration: 0 };
}

/** Builds the execution diagram; `definition` is used when the workflow does not carry `workflowDefinition`. */
export function buildExecutionGraph(workflow: Workflow, definition?: unknown): WorkflowGraph {
  const graph = buildDefinitionGraph(workflow.workflowDefinition ?? definition);
  const byRef = new Map<string, GraphNode>();
  // Only the top level: nodes of an expanded child definition never match this execution's references.
  for (const node of graph.nodes) if (node.ref !== undefined && !node.id.includes('/')) byRef.set(node.ref, node);
  const tasks = [...(workflow.tasks ?? [])].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const unplaced: Task[] = [];
  for (const task of tasks) {
    const { ref, iteration } = splitIterationRef(task.referenceTaskName, (candidate) => byRef.has(candidate));
    const node = byRef.get(ref);
    if (node) addRun(node, task, iteration);
    else unplaced.push(task);
  }
  placeDynamicTasks(graph, tasks, unplaced, (node, task) => addRun(node, task, task.iteration ?? 0));
  for (const node of graph.nodes) summarize(node, graph);
  graph.execution = {
    workflowId: workflow.workflowId,
    status: workflow.status,
    reasonForIncompletion: workflow.reasonForIncompletion,
    parentWorkflowId: workflow.parentWorkflowId,
    startTime: workflow.startTime,
    endTime: workflow.endTime,
  };
  markTakenEdges(graph);
  return graph;
}

/** Records one task execution on its node. */
export function addRun(node: GraphNode, task: Task, iteration: number): void {
  const subWorkflowId = subWorkflowIdOf(task);
  const caseOutput = caseOutputOf(task);
  const run: TaskRun = {
    ...{ taskId: task.taskId, status: task.status, referenceTaskName: task.referenceTaskName, taskType: task.taskType },
    ...{ iteration: task.iteration ?? iteration, retryCount: task.retryCount ?? 0, seq: task.seq ?? 0 },
    ...(subWorkflowId === undefined ? {} : { subWorkflowId }),
    ...(caseOutput === undefined ? {} : { caseOutput }),
  };
  (node.runs ??= []).push(run);
}

/** Per-node facts derived from the runs: a loop's iteration count, a switch's case. */
function summarize(node: GraphNode, graph: WorkflowGraph): void {
  if (node.kind === 'loop') {
    const inner = graph.nodes.filter((other) => other.parent === node.id).flatMap((other) => other.runs ?? []);
    const counts = [...inner, ...(node.runs ?? [])].map((run) => run.iteration);
    if (counts.length > 0) node.iterations = Math.max(...counts);
  }
}

/** The edges the latest runs took and each SWITCH's lane, by the rule the drawing applies per iteration (edgeTaken). */
function markTakenEdges(graph: WorkflowGraph): void {
  const context = takenContext(graph, containersOf(graph), {});
  for (const edge of graph.edges) {
    edge.taken = isEdgeTaken(edge, context);
    const source = context.nodes.get(edge.source);
    if (source?.kind === 'switch' && isLaneEdge(edge) && (source.runs?.length ?? 0) > 0)
      source.selectedCase ??= switchLane(source, context);
  }
}

/** SWITCH: `selectedCase`, else `evaluationResult[0]`; DECISION: `caseOutput[0]` (§1.11). */
function caseOutputOf(task: Task): string | undefined {
  const output = task.outputData;
  if (!output || (task.taskType !== 'SWITCH' && task.taskType !== 'DECISION')) return undefined;
  const first = (list: unknown): unknown => (Array.isArray(list) ? (list as unknown[])[0] : undefined);
  const value = output['selectedCase'] ?? first(output['evaluationResult']) ?? first(output['caseOutput']);
  // Case keys are strings; a JS evaluator's number or boolean matches its string form (§5.6).
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** The child execution a SUB_WORKFLOW run started: its own field, or the id in its output (§5.9). */
export function subWorkflowIdOf(task: Task): string | undefined {
  const output = task.outputData?.['subWorkflowId'];
  return task.subWorkflowId ?? (typeof output === 'string' ? output : undefined);
}
