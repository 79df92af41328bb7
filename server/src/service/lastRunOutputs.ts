/**
 * The real outputs of the last run of each workflow file, which the client sends after a run it followed ends
 * (`conductor/lastRunOutputs`), so completion inside `${ref.output.…}` can offer the keys a task really produced,
 * at any depth. Outputs travel as skeletons: their keys and nesting, never their values, within fixed bounds.
 */
import { isObject } from './model/jsonValue';

/** The client → server notification carrying every file's last-run outputs (the whole set each time). */
export const LAST_RUN_OUTPUTS_NOTIFICATION = 'conductor/lastRunOutputs';

/** One file's last run: its execution and the output skeleton of each task reference (loop tasks without `__N`). */
export interface LastRunOutputs {
  readonly workflowId: string;
  readonly outputs: Readonly<Record<string, unknown>>;
}

/** The notification's payload: document URI → its last run. */
export interface LastRunOutputsParams {
  readonly files: Readonly<Record<string, LastRunOutputs>>;
}

const MAX_DEPTH = 6;
const MAX_KEYS = 100;
/** Keys kept per output in all: 100 keys at each of six levels alone would be 10¹² (100 records of 100 fields…). */
const MAX_NODES = 2000;

/** An object whose keys are still to be copied into its skeleton node. */
interface Pending {
  readonly source: Record<string, unknown>;
  readonly target: Record<string, unknown>;
}

/**
 * The keys and nesting of `value`: objects keep up to 100 keys, six levels deep, 2000 keys in all, level by level
 * (the upper levels, which completion offers first, are kept whole); an array stands for its first element
 * (Conductor paths index arrays, `[0]`); every other value becomes null, so no data leaves the run.
 */
export function outputSkeleton(value: unknown): unknown {
  const root = shell(value, 0);
  let budget = MAX_NODES;
  let level = pending(value, root);
  for (let depth = 1; level.length > 0; depth++) {
    const next: Pending[] = [];
    for (const { source, target } of level) {
      for (const key of Object.keys(source).slice(0, MAX_KEYS)) {
        if (budget-- <= 0) return root;
        target[key] = shell(source[key], depth);
        next.push(...pending(source[key], target[key]));
      }
    }
    level = next;
  }
  return root;
}

/** The node of `value` at `depth` before its keys: `{}` for an object above the depth bound, else null. */
function shell(value: unknown, depth: number): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [shell(value[0], depth)] : [];
  return isObject(value) && depth < MAX_DEPTH ? {} : null;
}

/** The object in `value` (itself, or an array's first element) whose keys go into `node`, its shell. */
function pending(value: unknown, node: unknown): Pending[] {
  if (Array.isArray(value) && Array.isArray(node)) return node.length > 0 ? pending(value[0], node[0]) : [];
  return isObject(value) && isObject(node) ? [{ source: value, target: node }] : [];
}

/**
 * The keys the last run's output of `ref` has under `path`; empty when unknown, and under an array (its elements
 * are reached with `[i]`, which completion does not type).
 */
export function lastRunKeys(run: LastRunOutputs | undefined, ref: string, path: readonly string[]): string[] {
  let node: unknown = run?.outputs[ref];
  for (const segment of path) node = isObject(node) ? node[segment] : undefined;
  return isObject(node) ? Object.keys(node) : [];
}
