/**
 * The tasks a FORK_JOIN_DYNAMIC created at run time (reference §5.7) replace its placeholder: one node per forked
 * reference, from the fork to whatever followed the placeholder (the JOIN). The fork task's input lists them
 * (`forkedTasks`); with a single dynamic fork, any task the definition does not name is taken as one of its own.
 */
import type { Task } from '../model/task';
import type { GraphNode, WorkflowGraph } from './graphTypes';

/** Adds the run of `task` to `node`. */
type AddRun = (node: GraphNode, task: Task) => void;

/** Places `unplaced` tasks (no definition node) under the dynamic fork that created them; others stay loose nodes. */
export function placeDynamicTasks(
  graph: WorkflowGraph,
  tasks: readonly Task[],
  unplaced: Task[],
  addRun: AddRun,
): void {
  if (unplaced.length === 0) return;
  const forks = graph.nodes.filter((node) => node.kind === 'dynamicFork');
  for (const fork of forks) {
    const forked = forkedRefs(fork, tasks);
    const mine = unplaced.filter(
      (task) =>
        (forks.length === 1 && forked.size === 0) || forked.has(baseRef(task)) || forked.has(task.referenceTaskName),
    );
    if (mine.length === 0) continue;
    replacePlaceholder(graph, fork, mine, addRun);
    for (const task of mine) unplaced.splice(unplaced.indexOf(task), 1);
  }
  // What no fork claims is still shown, unconnected, rather than silently dropped.
  for (const task of unplaced) addRun(nodeFor(graph, baseRef(task), task, undefined), task);
}

/** Refs from the `forkedTasks` input of every run of the fork (retries may fork again). */
function forkedRefs(fork: GraphNode, tasks: readonly Task[]): Set<string> {
  const ids = new Set((fork.runs ?? []).map((run) => run.taskId));
  const refs = new Set<string>();
  for (const task of tasks) {
    const list = ids.has(task.taskId) ? task.inputData?.['forkedTasks'] : undefined;
    if (Array.isArray(list)) for (const ref of list) if (typeof ref === 'string') refs.add(ref);
  }
  return refs;
}

function replacePlaceholder(graph: WorkflowGraph, fork: GraphNode, tasks: readonly Task[], addRun: AddRun): void {
  const placeholder = graph.edges.find((edge) => edge.source === fork.id && edge.kind === 'dynamic')?.target;
  const after = graph.edges.filter((edge) => edge.source === placeholder).map((edge) => edge.target);
  removeNode(graph, placeholder);
  const created = new Map<string, GraphNode>();
  for (const task of tasks) {
    const ref = baseRef(task);
    let node = created.get(ref);
    if (!node) {
      node = nodeFor(graph, ref, task, fork.parent);
      created.set(ref, node);
      graph.edges.push({ id: `${fork.id}->${node.id}`, source: fork.id, target: node.id, kind: 'dynamic' });
      for (const target of after)
        graph.edges.push({ id: `${node.id}->${target}`, source: node.id, target, kind: 'next' });
    }
    addRun(node, task);
  }
}

function nodeFor(graph: WorkflowGraph, ref: string, task: Task, parent: string | undefined): GraphNode {
  let id = ref;
  for (let n = 2; graph.nodes.some((node) => node.id === id); n++) id = `${ref}#${n}`;
  const kind = task.taskType === 'SUB_WORKFLOW' ? 'subWorkflow' : 'task';
  const node: GraphNode = {
    id,
    kind,
    label: ref,
    ref,
    name: task.taskDefName,
    type: task.taskType,
    parent,
    dynamic: true,
  };
  graph.nodes.push(node);
  return node;
}

function removeNode(graph: WorkflowGraph, id: string | undefined): void {
  if (id === undefined) return;
  graph.nodes.splice(
    graph.nodes.findIndex((node) => node.id === id),
    1,
  );
  for (let i = graph.edges.length - 1; i >= 0; i--) {
    const edge = graph.edges[i];
    if (edge && (edge.source === id || edge.target === id)) graph.edges.splice(i, 1);
  }
}

/** A forked task inside a loop carries `__N` too (§5.8); its iterations group under one node. */
function baseRef(task: Task): string {
  const suffix = `__${task.iteration ?? 0}`;
  const ref = task.referenceTaskName;
  return (task.iteration ?? 0) > 0 && ref.endsWith(suffix) ? ref.slice(0, -suffix.length) : ref;
}
