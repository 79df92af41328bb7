/**
 * The real outputs of the last run of each workflow file, which the client sends after a run it followed ends
 * (`conductor/lastRunOutputs`), so completion inside `${ref.output.…}` can offer the keys a task really produced,
 * at any depth. Outputs travel as skeletons: their keys and nesting, never their values, within fixed bounds.
 */

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

/**
 * The keys and nesting of `value`: objects keep up to 100 keys, six levels deep; an array stands for its first
 * element (Conductor paths index arrays, `[0]`); every other value becomes null, so no data leaves the run.
 */
export function outputSkeleton(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [outputSkeleton(value[0], depth)] : [];
  if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) return null;
  const skeleton: Record<string, unknown> = {};
  for (const key of Object.keys(value).slice(0, MAX_KEYS)) {
    skeleton[key] = outputSkeleton((value as Record<string, unknown>)[key], depth + 1);
  }
  return skeleton;
}

/**
 * The keys the last run's output of `ref` has under `path`; empty when unknown, and under an array (its elements
 * are reached with `[i]`, which completion does not type).
 */
export function lastRunKeys(run: LastRunOutputs | undefined, ref: string, path: readonly string[]): string[] {
  let node: unknown = run?.outputs[ref];
  for (const segment of path) node = isRecord(node) ? node[segment] : undefined;
  return isRecord(node) ? Object.keys(node) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
