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
  /** Nesting level: 1 at the top level (the length of `chain`). */
  readonly depth: number;
  /** Ancestors from the top level down, ending with this entry. */
  readonly chain: readonly TaskEntry[];
  /** The task type; Conductor defaults a missing type to SIMPLE (§1.3). */
  readonly type: string;
  readonly ref: string | undefined;
  readonly name: string | undefined;
}

/** Deeper nesting than this is not a real workflow; stop rather than exhaust the stack. */
const MAX_DEPTH = 200;

/**
 * A walked task. Its path and chain are built on first use: most are read only for tasks that get reported, and
 * building them for each of thousands of tasks was most of the walk's allocation.
 */
class Entry implements TaskEntry {
  readonly type: string;
  readonly ref: string | undefined;
  readonly name: string | undefined;
  readonly depth: number;
  private builtPath: JsonPath | undefined;
  private builtChain: readonly TaskEntry[] | undefined;

  constructor(
    readonly task: JsonObject,
    readonly listPath: JsonPath,
    readonly index: number,
    readonly list: readonly unknown[],
    readonly branch: BranchKind,
    readonly branchKey: string | number | undefined,
    readonly parent: Entry | undefined,
    readonly order: number,
  ) {
    this.depth = parent ? parent.depth + 1 : 1;
    this.type = text(task, 'type') ?? 'SIMPLE';
    this.ref = text(task, 'taskReferenceName');
    this.name = text(task, 'name');
  }

  get path(): JsonPath {
    return (this.builtPath ??= [...this.listPath, this.index]);
  }

  get chain(): readonly TaskEntry[] {
    return (this.builtChain ??= this.parent ? [...this.parent.chain, this] : [this]);
  }
}

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

/** A string property, read locally: imported helpers cost a getter call each under tsx, and this runs per task. */
function text(task: JsonObject, key: string): string | undefined {
  const value = task[key];
  return typeof value === 'string' ? value : undefined;
}
