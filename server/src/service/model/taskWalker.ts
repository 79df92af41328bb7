/**
 * Walks every task of a workflow definition, at any nesting level, the way Conductor's
 * `WorkflowDef.collectTasks()` does (reference §1.2): SWITCH/DECISION → `decisionCases` and `defaultCase`,
 * FORK_JOIN → `forkTasks`, DO_WHILE → `loopOver`. Lists on other task types are ignored, as Conductor ignores them.
 */
import type { JsonPath } from '../types';
import { arrayProp, isObject, objectProp } from './jsonValue';
import type { JsonObject } from './jsonValue';

/** Which kind of task list a task sits in. */
export type BranchKind = 'root' | 'switchCase' | 'defaultCase' | 'forkBranch' | 'loopBody';

/** One task of the definition, with where it sits. */
export interface TaskEntry {
  readonly task: JsonObject;
  /** Path of the task object, e.g. `['tasks', 2, 'decisionCases', 'a', 0]`. */
  readonly path: JsonPath;
  /** Path of the list holding the task. */
  readonly listPath: JsonPath;
  /** Index in that list. */
  readonly index: number;
  /** The list itself (raw values), to look at siblings. */
  readonly list: readonly unknown[];
  readonly branch: BranchKind;
  /** The SWITCH case key or the fork branch index; undefined for other lists. */
  readonly branchKey: string | number | undefined;
  /** The task whose list holds this one; undefined at the top level. */
  readonly parent: TaskEntry | undefined;
  /** Position in the walker's document-order list; an entry's descendants follow it contiguously. */
  readonly order: number;
  /** Ancestors from the top level down, ending with this entry. */
  readonly chain: readonly TaskEntry[];
  /** The task type; Conductor defaults a missing type to SIMPLE (§1.3). */
  readonly type: string;
  readonly ref: string | undefined;
  readonly name: string | undefined;
}

/** Deeper nesting than this is not a real workflow; stop rather than exhaust the stack. */
const MAX_DEPTH = 200;

/** Every task of the workflow value, in document (pre-)order. Tolerates any JSON value. */
export function walkTasks(workflow: unknown): TaskEntry[] {
  const entries: TaskEntry[] = [];
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
  parent: TaskEntry | undefined,
  out: TaskEntry[],
): void {
  if (parent && parent.chain.length >= MAX_DEPTH) return;
  list.forEach((task, index) => {
    if (!isObject(task)) return;
    const chain: TaskEntry[] = parent ? [...parent.chain] : [];
    const entry: TaskEntry = {
      task,
      path: [...listPath, index],
      listPath,
      index,
      list,
      branch,
      branchKey,
      parent,
      order: out.length,
      chain,
      type: text(task, 'type') ?? 'SIMPLE',
      ref: text(task, 'taskReferenceName'),
      name: text(task, 'name'),
    };
    chain.push(entry);
    out.push(entry);
    visitChildren(entry, out);
  });
}

function visitChildren(entry: TaskEntry, out: TaskEntry[]): void {
  const { task, path } = entry;
  switch (entry.type) {
    case 'SWITCH':
    case 'DECISION': {
      const cases = objectProp(task, 'decisionCases');
      for (const key of cases ? Object.keys(cases) : []) {
        const list = cases?.[key];
        if (Array.isArray(list)) visitList(list, [...path, 'decisionCases', key], 'switchCase', key, entry, out);
      }
      const fallback = arrayProp(task, 'defaultCase');
      if (fallback) visitList(fallback, [...path, 'defaultCase'], 'defaultCase', undefined, entry, out);
      return;
    }
    case 'FORK_JOIN':
      arrayProp(task, 'forkTasks')?.forEach((list, i) => {
        if (Array.isArray(list)) visitList(list, [...path, 'forkTasks', i], 'forkBranch', i, entry, out);
      });
      return;
    case 'DO_WHILE': {
      const body = arrayProp(task, 'loopOver');
      if (body) visitList(body, [...path, 'loopOver'], 'loopBody', undefined, entry, out);
      return;
    }
    default:
      return;
  }
}

/** Every task nested (at any depth) inside `entry`, from the walker's list, without scanning the whole list. */
export function descendantsOf(entries: readonly TaskEntry[], entry: TaskEntry): TaskEntry[] {
  const depth = entry.chain.length;
  const found: TaskEntry[] = [];
  for (let i = entry.order + 1; i < entries.length; i++) {
    const next = entries[i];
    if (!next || next.chain[depth - 1] !== entry) break;
    found.push(next);
  }
  return found;
}

/** A string property, read locally: imported helpers cost a getter call each under tsx, and this runs per task. */
function text(task: JsonObject, key: string): string | undefined {
  const value = task[key];
  return typeof value === 'string' ? value : undefined;
}
