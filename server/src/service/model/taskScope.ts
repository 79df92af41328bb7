/**
 * The scope table: which task references exist, and whether a referenced task can have run before a given task
 * resolves its inputs. Conductor builds the expression context from the tasks already in the execution (§4.1), so
 * a reference to a task that cannot have run yet resolves to null.
 */
import type { TaskEntry } from './taskWalker';

/**
 * How a referenced task relates to the task that refers to it.
 * - `before`: it can have run (earlier in sequence, an enclosing task, or anywhere in an enclosing loop body,
 *   where an earlier iteration ran it).
 * - `later`: it comes later in the same sequence.
 * - `self`: the task refers to its own output while resolving its own inputs.
 * - `otherBranch`: it is in another case of the same SWITCH/DECISION; only one case runs (§5.6).
 * - `parallelBranch`: it is in a sibling branch of the same FORK_JOIN; nothing orders the branches (§5.7).
 * - `descendant`: it is nested inside the referring task, which resolves its inputs before its children run.
 */
export type Reachability = 'before' | 'later' | 'self' | 'otherBranch' | 'parallelBranch' | 'descendant';

/** The references of one workflow, built once per document. */
export interface TaskScope {
  /** Tasks by reference name; the first one wins when a name is duplicated. */
  readonly byRef: ReadonlyMap<string, TaskEntry>;
  /** Reference names held by more than one task (found while building `byRef`, so no rule needs its own pass). */
  readonly duplicated: ReadonlySet<string>;
  /** How `target` relates to `from`; `from` undefined means the end of the workflow (outputParameters). */
  reachability(target: TaskEntry, from: TaskEntry | undefined): Reachability;
}

/** Builds the scope table from the walker's entries. */
export function buildTaskScope(entries: readonly TaskEntry[]): TaskScope {
  const byRef = new Map<string, TaskEntry>();
  const duplicated = new Set<string>();
  for (const entry of entries) {
    if (entry.ref === undefined) continue;
    if (byRef.has(entry.ref)) duplicated.add(entry.ref);
    else byRef.set(entry.ref, entry);
  }
  return { byRef, duplicated, reachability: (target, from) => (from ? reachability(target, from) : 'before') };
}

function reachability(target: TaskEntry, from: TaskEntry): Reachability {
  // A DO_WHILE re-resolves its inputs for every iteration, so its own output is there (§5.8).
  if (target === from) return from.type === 'DO_WHILE' ? 'before' : 'self';
  // Climb to the common ancestor by parent links (no chain arrays: this runs for thousands of expressions),
  // keeping the last step on each side: the tasks under the common ancestor that hold target and from.
  let a: TaskEntry | undefined = target;
  let b: TaskEntry | undefined = from;
  let belowA: TaskEntry | undefined;
  let belowB: TaskEntry | undefined;
  while (a && b && a !== b) {
    const depthA: number = a.depth;
    const depthB: number = b.depth;
    if (depthA >= depthB) {
      belowA = a;
      a = a.parent;
    }
    if (depthB >= depthA) {
      belowB = b;
      b = b.parent;
    }
  }
  // Earlier iterations of a common enclosing loop ran every task of its body.
  for (let shared = a; shared; shared = shared.parent) if (shared.type === 'DO_WHILE') return 'before';
  if (a === target) return 'before';
  if (b === from) return from.type === 'DO_WHILE' ? 'before' : 'descendant';
  if (!belowA || !belowB) return 'before';
  if (sameList(belowA, belowB)) return belowA.index < belowB.index ? 'before' : 'later';
  return belowA.parent?.type === 'FORK_JOIN' ? 'parallelBranch' : 'otherBranch';
}

function sameList(a: TaskEntry, b: TaskEntry): boolean {
  return a.branch === b.branch && a.branchKey === b.branchKey;
}
