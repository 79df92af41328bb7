/**
 * Failure reasons of sandboxed scripts. Where Conductor has a message, it is copied exactly (reference/conductor.md
 * §4.4, `K/core/events/ScriptEvaluator.java`); the sandbox-only limits (memory, restart) get messages that say what
 * to change.
 */

/** §4.4: `NonTransientException` when the script outlives the time limit (Conductor counts whole seconds). */
export function timeoutMessage(timeoutMs: number): string {
  return `Script not evaluated within ${formatSeconds(timeoutMs)} seconds, interrupted.`;
}

/** §4.4: `TerminateWorkflowException` for an error thrown by the script, with its line when known. */
export function scriptErrorMessage(message: string, line: number | undefined): string {
  const base = `Error evaluating the script \`${message}\``;
  return line === undefined ? base : `${base} at line ${line}`;
}

/** The converter gave no JSON text: a `toJSON` the script put on a prototype returned undefined or a function. */
export const RESULT_WITHOUT_JSON =
  'TypeError: The script result has no JSON form (does a toJSON method return undefined?)';

/** The sandbox's memory limit was reached (GraalJS has none; Conductor's JVM would run out instead). */
export function memoryMessage(memoryBytes: number): string {
  const mb = Math.round((memoryBytes / (1024 * 1024)) * 10) / 10;
  return `Script exceeded the sandbox memory limit of ${mb} MB; reduce the data the script builds`;
}

/** The sandbox itself failed and is being rebuilt; the next evaluation runs in a fresh one. */
export const SANDBOX_RESTARTING =
  'The script sandbox failed and is restarting; retry the task (its script did not run to completion)';

/** Node's own stack ran out inside QuickJS, before QuickJS's stack limit could turn it into a script error. */
export const SANDBOX_STACK_EXHAUSTED =
  'The script or its input is nested too deeply for the script sandbox (about a thousand levels of brackets in ' +
  'the script, or several thousand levels of arrays or objects in the input); reduce the nesting';

/** INLINE (`T/Inline.java`): messages for a missing evaluator type or expression. */
export const INLINE_EMPTY_EVALUATOR =
  "Empty 'evaluatorType' in INLINE task's input parameters. A non-empty String value must be provided.";
/** INLINE (`T/Inline.java`): the expression is missing or blank. */
export const INLINE_EMPTY_EXPRESSION =
  "Empty 'expression' in Inline task's input parameters. A non-empty String value must be provided.";
/** INLINE (`T/Inline.java`): an evaluator that is not registered. */
export function unknownInlineEvaluator(evaluatorType: string): string {
  return `Unknown evaluator '${evaluatorType}' in INLINE task.`;
}
/** LAMBDA (`T/Lambda.java`): the script is missing or blank. */
export const LAMBDA_EMPTY_SCRIPT =
  "Empty 'scriptExpression' in Lambda task's input parameters. A non-empty String value must be provided.";

/** §5.8 (`T/DoWhile.java`): the loop condition could not be evaluated. */
export function loopConditionMessage(condition: string, reason: string): string {
  return `Unable to evaluate condition ${condition}, exception ${reason}`;
}

function formatSeconds(ms: number): string {
  return Number.isInteger(ms / 1000) ? String(ms / 1000) : (ms / 1000).toFixed(3).replace(/0+$/, '');
}
