/**
 * Navigation over a workflow definition's task graph (reference/conductor.md §1.2 `getNextTask`/`collectTasks`):
 * where a reference lives, and which task follows it once it is done. Indexes are cached per definition object.
 */
import type { WorkflowDef, WorkflowTask } from '../../../common/src/model';

interface Placement {
  task: WorkflowTask;
  list: WorkflowTask[];
  index: number;
  /** The SWITCH/DECISION/FORK_JOIN/DO_WHILE that holds `list`, undefined at top level. */
  container: WorkflowTask | undefined;
}

const indexes = new WeakMap<WorkflowDef, Map<string, Placement>>();

function indexOf(def: WorkflowDef): Map<string, Placement> {
  let index = indexes.get(def);
  if (!index) {
    index = new Map();
    addList(index, def.tasks, undefined);
    indexes.set(def, index);
  }
  return index;
}

function addList(index: Map<string, Placement>, list: WorkflowTask[], container: WorkflowTask | undefined): void {
  list.forEach((task, i) => {
    if (!index.has(task.taskReferenceName)) index.set(task.taskReferenceName, { task, list, index: i, container });
    for (const branch of childLists(task)) addList(index, branch, task);
  });
}

/** The nested task lists of a definition task (branches, fork lanes, loop body). */
export function childLists(task: WorkflowTask): WorkflowTask[][] {
  return [
    ...Object.values(task.decisionCases ?? {}),
    ...(task.defaultCase ? [task.defaultCase] : []),
    ...(task.forkTasks ?? []),
    ...(task.loopOver ? [task.loopOver] : []),
  ];
}

/** The definition task with reference `ref` anywhere in the graph. */
export function findTask(def: WorkflowDef, ref: string): WorkflowTask | undefined {
  return indexOf(def).get(ref)?.task;
}

/** True when `ref` is one of the definition's top-level tasks. */
export function isTopLevel(def: WorkflowDef, ref: string): boolean {
  const placement = indexOf(def).get(ref);
  return placement !== undefined && placement.container === undefined;
}

/**
 * §1.2 getNextTask: the task after `ref` in its list; at the end of a branch or fork lane, the task after the
 * container (for a fork that is its JOIN); nothing after TERMINATE or at the end of the workflow.
 */
export function nextTask(def: WorkflowDef, ref: string): WorkflowTask | undefined {
  const placement = indexOf(def).get(ref);
  if (!placement || placement.task.type === 'TERMINATE') return undefined;
  const following = placement.list[placement.index + 1];
  if (following) return following;
  if (!placement.container || placement.container.type === 'DO_WHILE') return undefined;
  return nextTask(def, placement.container.taskReferenceName);
}

/** The definition task that holds `ref` (its SWITCH, FORK_JOIN or DO_WHILE), if any. */
export function containerOf(def: WorkflowDef, ref: string): WorkflowTask | undefined {
  return indexOf(def).get(ref)?.container;
}
