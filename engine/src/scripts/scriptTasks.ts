/**
 * INLINE and LAMBDA executed against the sandbox, with the statuses, outputs and reasons Conductor gives
 * (reference/conductor.md §1.11, `T/Inline.java`, `T/Lambda.java`). The decider copies the outcome onto the task.
 */
import {
  INLINE_EMPTY_EVALUATOR,
  INLINE_EMPTY_EXPRESSION,
  LAMBDA_EMPTY_SCRIPT,
  unknownInlineEvaluator,
} from './scriptMessages';
import type { ScriptLimits } from './scriptLimits';
import type { ScriptResult, ScriptSandbox } from './scriptSandbox';

/** What a script task ends with; `output` is merged into the task's outputData. */
export interface ScriptTaskOutcome {
  status: 'COMPLETED' | 'FAILED' | 'FAILED_WITH_TERMINAL_ERROR';
  output: Record<string, unknown>;
  reasonForIncompletion?: string;
}

const SCRIPT_EVALUATORS = new Set(['javascript', 'graaljs']);

/**
 * §1.11 INLINE: `evaluatorType` (default javascript; also graaljs, value-param) and `expression`; all inputs are `$`.
 * A script error is FAILED_WITH_TERMINAL_ERROR (Conductor's TerminateWorkflowException); a limit is FAILED.
 */
export function runInline(
  sandbox: ScriptSandbox,
  input: Record<string, unknown>,
  limits?: ScriptLimits,
): ScriptTaskOutcome {
  const evaluatorType = input['evaluatorType'] ?? 'javascript';
  const expression = input['expression'];
  if (typeof evaluatorType !== 'string' || evaluatorType.trim() === '') return terminal(INLINE_EMPTY_EVALUATOR);
  // Python needs GraalPy, which the local engine does not embed: reported like any unregistered evaluator.
  if (evaluatorType !== 'value-param' && !SCRIPT_EVALUATORS.has(evaluatorType)) {
    return terminal(unknownInlineEvaluator(evaluatorType));
  }
  if (typeof expression !== 'string' || expression.trim() === '') return terminal(INLINE_EMPTY_EXPRESSION);
  if (evaluatorType === 'value-param') return { status: 'COMPLETED', output: { result: input[expression] ?? null } };
  const result = sandbox.evaluate(expression, input, limits);
  if (result.ok) return { status: 'COMPLETED', output: { result: result.value } };
  return result.kind === 'error' ? terminal(result.reason) : failed(result.reason);
}

/**
 * §1.11 LAMBDA: `scriptExpression` is a function body, wrapped as Conductor does so `return` works; every failure
 * (empty script, error, limit) is FAILED.
 */
export function runLambda(
  sandbox: ScriptSandbox,
  input: Record<string, unknown>,
  limits?: ScriptLimits,
): ScriptTaskOutcome {
  const script = input['scriptExpression'];
  if (typeof script !== 'string' || script.trim() === '') {
    return { status: 'FAILED', output: {}, reasonForIncompletion: LAMBDA_EMPTY_SCRIPT };
  }
  const result: ScriptResult = sandbox.evaluate(lambdaScript(script), input, limits);
  if (result.ok) return { status: 'COMPLETED', output: { result: result.value } };
  return failed(result.reason);
}

/** The wrapper of `T/Lambda.java`; it keeps the body on line 1 so error lines still match the user's text. */
export function lambdaScript(body: string): string {
  return `function scriptFun(){${body}} scriptFun();`;
}

function terminal(reason: string): ScriptTaskOutcome {
  return { status: 'FAILED_WITH_TERMINAL_ERROR', output: { error: reason }, reasonForIncompletion: reason };
}

function failed(reason: string): ScriptTaskOutcome {
  return { status: 'FAILED', output: { error: reason }, reasonForIncompletion: reason };
}
