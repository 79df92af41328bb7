/**
 * Walks every task of a workflow definition, at any nesting level, the way Conductor's
 * `WorkflowDef.collectTasks()` does (reference §1.2): SWITCH/DECISION → `decisionCases` and `defaultCase`,
 * FORK_JOIN → `forkTasks`, DO_WHILE → `loopOver`. Lists on other task types are ignored, as Conductor ignores them.
 */
import type { JsonPath } from '../types';
import { arrayProp, isObject, objectProp } from './jsonValue';
import { Entry } from './taskEntry';
import type { BranchKind, TaskEntry } from './taskEntry';

export type { BranchKind, TaskEntry } from './taskEntry';

/** Deeper nesting than this is not a real workflow; stop rather than exhaust the stack. */
const MAX_DEPTH = 200;

/** Every task of the workflow value, in document (pre-)order. Tolerates any JSON value. */
export function walkTasks(workflow: unknown): TaskEntry[] {
  const entries: Entry[] = [];
  if (!isObject(workflow)) return entries;
  const tasks = arrayProp(workflow, 'tasks');
  if (tasks) visitList(tasks, ['tasks'], 'root', undefined, undefined, entries);
  return entries;
}

function visitList(
  list: readonly unknown[],
  listPath: JsonPath,
  branch: BranchKind,
  branchKey: string | number | undefined,
  parent: Entry | undefined,
  out: Entry[],
): void {
  if (parent && parent.depth >= MAX_DEPTH) return;
  for (let index = 0; index < list.length; index++) {
    const task = list[index];
    if (!isObject(task)) continue;
    const entry = new Entry(task, listPath, index, list, branch, branchKey, parent, out.length);
    out.push(entry);
    visitChildren(entry, out);
  }
}

function visitChildren(entry: Entry, out: Entry[]): void {
  const { task } = entry;
  switch (entry.type) {
    case 'SWITCH':
    case 'DECISION': {
      const cases = objectProp(task, 'decisionCases');
      for (const key of cases ? Object.keys(cases) : []) {
        const list = cases?.[key];
        if (Array.isArray(list)) visitList(list, [...entry.path, 'decisionCases', key], 'switchCase', key, entry, out);
      }
      const fallback = arrayProp(task, 'defaultCase');
      if (fallback) visitList(fallback, [...entry.path, 'defaultCase'], 'defaultCase', undefined, entry, out);
      return;
    }
    case 'FORK_JOIN':
      arrayProp(task, 'forkTasks')?.forEach((list, i) => {
        if (Array.isArray(list)) visitList(list, [...entry.path, 'forkTasks', i], 'forkBranch', i, entry, out);
      });
      return;
    case 'DO_WHILE': {
      const body = arrayProp(task, 'loopOver');
      if (body) visitList(body, [...entry.path, 'loopOver'], 'loopBody', undefined, entry, out);
      return;
    }
    default:
      return;
  }
}

/** Every task nested (at any depth) inside `entry`, from the walker's list, without scanning the whole list. */
export function descendantsOf(entries: readonly TaskEntry[], entry: TaskEntry): TaskEntry[] {
  const found: TaskEntry[] = [];
  // Pre-order: the descendants are the entries right after it that are nested deeper.
  for (let i = entry.order + 1; i < entries.length; i++) {
    const next = entries[i];
    if (!next || next.depth <= entry.depth) break;
    found.push(next);
  }
  return found;
}

/** The ancestor of `entry` (or `entry` itself) at nesting level `depth`; undefined when `entry` is shallower. */
export function ancestorAt(entry: TaskEntry, depth: number): TaskEntry | undefined {
  let current: TaskEntry | undefined = entry;
  while (current && current.depth > depth) current = current.parent;
  return current?.depth === depth ? current : undefined;
}
