/**
 * One walked task (`taskWalker.ts`) and where it sits: its list, branch, parent and document order, with its type
 * (defaulted like Conductor's), reference and name read once.
 */
import type { JsonPath } from '../types';
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

/**
 * A walked task. Its path and chain are built on first use: most are read only for tasks that get reported, and
 * building them for each of thousands of tasks was most of the walk's allocation.
 */
export class Entry implements TaskEntry {
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

/** A string property, read locally: imported helpers cost a getter call each under tsx, and this runs per task. */
function text(task: JsonObject, key: string): string | undefined {
  const value = task[key];
  return typeof value === 'string' ? value : undefined;
}
