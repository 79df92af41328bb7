/**
 * The limits of one sandboxed evaluation (reference/conductor.md §4.4) and their defaults; whatever a caller leaves
 * out or sets to nonsense takes the default, so no script runs unlimited.
 */

/** Limits of one evaluation; each one left out takes the sandbox's default. */
export interface ScriptLimits {
  /** Wall-clock limit; Conductor's default is 4 s (`CONDUCTOR_SCRIPT_MAX_EXECUTION_SECONDS`). */
  timeoutMs?: number;
  /** Heap limit of the QuickJS runtime. */
  memoryBytes?: number;
  /** QuickJS stack limit; kept well below the host's stack so deep recursion fails inside the sandbox. */
  stackBytes?: number;
}

/** Defaults: Conductor's 4 s, 32 MB of heap, 256 KB of stack (larger stacks overflow node's own stack first). */
export const DEFAULT_SCRIPT_LIMITS: Required<ScriptLimits> = {
  timeoutMs: 4000,
  memoryBytes: 32 * 1024 * 1024,
  stackBytes: 256 * 1024,
};

/** Each limit that is missing, not a number or not positive takes the default, so a script is never unlimited. */
export function withDefaults(limits: ScriptLimits, defaults: Required<ScriptLimits>): Required<ScriptLimits> {
  const pick = (value: number | undefined, fallback: number): number =>
    value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
  return {
    timeoutMs: pick(limits.timeoutMs, defaults.timeoutMs),
    memoryBytes: pick(limits.memoryBytes, defaults.memoryBytes),
    stackBytes: pick(limits.stackBytes, defaults.stackBytes),
  };
}
