/**
 * Makes re-validation after a keystroke incremental. Each version of a document is a new parsed value, but an edit
 * changes one string: the screen's verdict on a string depends only on its text, the task holding it and the
 * workflow's scope (task references, types, nesting, declared inputs). So the strings that passed the screen whole
 * are remembered per task; the next version skips them when its scope fingerprint is the same, and the memo
 * starts empty when it is not. Only two versions are kept (the previous one is read, the current one filled), so
 * strings that an edit replaced drop out. Recording costs about a sixth of the expression pass, so a version is
 * recorded only once a document is being edited (its previous version had the same scope): a file validated
 * once (opening it, the CLI, a workspace scan) never pays for it.
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

/** One version's visited strings (FAILED where they failed), flat, task after task, with each task's share. */
interface MemoStrings {
  readonly strings: string[];
  /** Per task key (document-order position; the task count for outputParameters): first index in `strings`. */
  readonly starts: Int32Array;
  /** Per task key: how many of its strings were visited. */
  readonly counts: Int32Array;
}

let lastFingerprint: ScopeFingerprint | undefined;
let lastStrings: MemoStrings | undefined;

/**
 * Starts the memo for one version of a workflow: what the previous version learnt, if its scope is the same;
 * undefined (nothing to read or record) when the previous version's scope differs or there was none.
 * Strings are compared by position within their task, so no hashing is needed; an inserted or removed string only
 * costs the rest of that task's memo. Flat arrays: one array per task was most of the memo's cost on a cold
 * document.
 */
export function beginScreenMemo(workflow: unknown, entries: readonly TaskEntry[]): ScreenMemoVersion | undefined {
  const fingerprint = ScopeFingerprint.of(workflow, entries);
  const sameScope = fingerprint.equals(lastFingerprint);
  lastFingerprint = fingerprint;
  if (!sameScope) {
    lastStrings = undefined;
    return undefined;
  }
  const previous = lastStrings;
  const keys = entries.length + 1;
  const current: MemoStrings = { strings: [], starts: new Int32Array(keys), counts: new Int32Array(keys) };
  lastStrings = current;
  let key = -1;
  let usable = true;
  // Tasks are visited one after the other, so the current key changes once per task.
  const select = (task: TaskEntry | undefined): void => {
    const next = task === undefined ? entries.length : task.order;
    if (next === key) return;
    // A task met again after another would break the flat layout: keep this version out of the memo then.
    if ((current.counts[next] ?? 0) > 0) {
      usable = false;
      lastFingerprint = undefined;
    }
    key = next;
    current.starts[next] = current.strings.length;
  };
  return {
    passedBefore: (value, task) => {
      select(task);
      const visited = current.counts[key] ?? 0;
      return (
        usable &&
        previous !== undefined &&
        visited < (previous.counts[key] ?? 0) &&
        previous.strings[(previous.starts[key] ?? 0) + visited] === value
      );
    },
    record: (value, passed, task) => {
      select(task);
      current.strings.push(passed ? value : FAILED);
      current.counts[key] = (current.counts[key] ?? 0) + 1;
    },
  };
}

/** Forgets everything, so the next analysis starts cold (benchmarks measure both cases). */
export function clearScreenMemo(): void {
  lastFingerprint = undefined;
  lastStrings = undefined;
}
