/**
 * Makes re-validation after a keystroke incremental. Each version of a document is a new parsed value, but an edit
 * changes one string: the screen's verdict on a string depends only on its text, the task holding it and the
 * workflow's scope (task references, types, nesting, declared inputs). So the strings that passed the screen whole
 * are remembered per task; the next version skips them when its scope fingerprint is the same, and the memo
 * starts empty when it is not. Only two versions are kept (the previous one is read, the current one filled), so
 * strings that an edit replaced drop out.
 */
import { ScopeFingerprint } from './scopeFingerprint';
import type { TaskEntry } from './taskWalker';

/** Marks a string that did not pass (visited strings always contain `${`, so never equal it). */
const FAILED = '';

/** What one analysis reads from and writes to the memo; strings are visited in document order per task. */
export interface ScreenMemoVersion {
  /** True when the previous version held `value` at the same place among `task`'s strings and it passed whole. */
  passedBefore(value: string, task: TaskEntry | undefined): boolean;
  /** Records the verdict on the string of `task` just visited. */
  record(value: string, passed: boolean, task: TaskEntry | undefined): void;
}

let lastFingerprint: ScopeFingerprint | undefined;
/** Per task (document-order position + 1; 0 for outputParameters), its visited strings, FAILED where they failed. */
let lastStrings: string[][] = [];

/**
 * Starts the memo for one version of a workflow: what the previous version learnt, if its scope is the same.
 * Strings are compared by position within their task, so no hashing is needed; an inserted or removed string only
 * costs the rest of that task's memo.
 */
export function beginScreenMemo(workflow: unknown, entries: readonly TaskEntry[]): ScreenMemoVersion {
  const fingerprint = ScopeFingerprint.of(workflow, entries);
  const previous = fingerprint.equals(lastFingerprint) ? lastStrings : [];
  const current: string[][] = [];
  lastFingerprint = fingerprint;
  lastStrings = current;
  let key = -1;
  let visited: string[] = [];
  let before: readonly string[] = [];
  // Tasks are visited one after the other, so switching lists happens once per task.
  const select = (task: TaskEntry | undefined): void => {
    const next = task === undefined ? 0 : task.order + 1;
    if (next === key) return;
    key = next;
    visited = current[next] ??= [];
    before = previous[next] ?? [];
  };
  return {
    passedBefore: (value, task) => {
      select(task);
      return before[visited.length] === value;
    },
    record: (value, passed, task) => {
      select(task);
      visited.push(passed ? value : FAILED);
    },
  };
}

/** Forgets everything, so the next analysis starts cold (benchmarks measure both cases). */
export function clearScreenMemo(): void {
  lastFingerprint = undefined;
  lastStrings = [];
}
