/**
 * DO_WHILE helpers (reference/conductor.md §5.8, DoWhile.java): `items` list mode (the `items` expression, or the
 * Orkes-compatible `inputParameters._items`) re-evaluated against the run, the `loopIndex`/`loopItem` outputs of an
 * iteration, and `keepLastN`, which drops older iterations' outputs and deletes their tasks.
 */
import type { WorkflowTask } from '../../../common/src/model';
import { baseRef } from '../expressions/contextDocument';
import { resolveValue } from '../expressions/resolve';
import { childLists } from './graph';
import type { Aggregate, TaskModel } from './model';
import type { TaskContext } from './systemTask';
import { documentOf, resolveInput } from './taskFactory';

/** Every reference inside a loop body, nested branches included (WorkflowTask.has). */
export function bodyRefs(loopOver: readonly WorkflowTask[], into = new Set<string>()): Set<string> {
  for (const task of loopOver) {
    into.add(task.taskReferenceName);
    for (const list of childLists(task)) bodyRefs(list, into);
  }
  return into;
}

const nonBlank = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/** True when the loop iterates over a list (`items`, or a non-blank `_items` input). */
export function isListIteration(wfTask: WorkflowTask): boolean {
  if (nonBlank(wfTask.items)) return true;
  const items = wfTask.inputParameters?.['_items'];
  return nonBlank(items) || Array.isArray(items);
}

/** The list the loop iterates over, evaluated now; a single value is a list of one, null an empty list. */
export function loopItems(aggregate: Aggregate, loop: TaskModel): unknown[] {
  const wfTask = loop.workflowTask;
  if (!wfTask) return [];
  let value: unknown = null;
  if (nonBlank(wfTask.items))
    value = resolveValue(wfTask.items, { document: documentOf(aggregate), taskId: loop.taskId });
  if (value === null || value === undefined) value = resolveInput(aggregate, wfTask, loop.taskId)['_items'] ?? null;
  if (Array.isArray(value)) return value;
  return value === null || value === undefined ? [] : [value];
}

/** Sets `iteration` and, in list mode, `loopIndex` and `loopItem` (when in range) on the loop's output. */
export function enterIteration(loop: TaskModel, n: number, items: unknown[] | undefined): void {
  loop.iteration = n;
  const output: Record<string, unknown> = { ...(loop.outputData ?? {}), iteration: n };
  if (items) {
    output['loopIndex'] = n - 1;
    if (n - 1 < items.length) output['loopItem'] = items[n - 1];
  }
  loop.outputData = output;
}

/**
 * §5.8 keepLastN (a positive integer in the definition's inputParameters): after iteration `n`, the outputs of
 * iterations 1..n-keepLastN are dropped and their body tasks deleted from the run.
 */
export function keepLastIterations(loop: TaskModel, context: TaskContext): void {
  const keep = loop.workflowTask?.inputParameters?.['keepLastN'];
  const n = loop.iteration ?? 0;
  if (typeof keep !== 'number' || !Number.isInteger(keep) || keep < 1 || n <= keep) return;
  const drop = n - keep;
  const output = { ...(loop.outputData ?? {}) };
  for (let i = 1; i <= drop; i++) delete output[String(i)];
  loop.outputData = output;
  const refs = bodyRefs(loop.workflowTask?.loopOver ?? []);
  const { aggregate, effects } = context;
  const old = (t: TaskModel): boolean =>
    t !== loop && (t.iteration ?? 0) <= drop && (t.iteration ?? 0) > 0 && refs.has(baseRef(t.referenceTaskName));
  for (let i = aggregate.tasks.length - 1; i >= 0; i--) {
    const task = aggregate.tasks[i];
    if (!task || !old(task)) continue;
    effects.removedTasks.push(task.taskId);
    effects.changedTasks.delete(task);
    aggregate.tasks.splice(i, 1);
  }
}
