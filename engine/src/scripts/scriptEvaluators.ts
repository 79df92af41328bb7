/**
 * The evaluator entry points the decider calls (reference/conductor.md §4.4, §5.6, §5.8, §1.9): a plain evaluation,
 * `evalBool` for DO_WHILE conditions and event-handler conditions, and the SWITCH case value. Each returns a result
 * object instead of throwing, so a failing script fails its task and never the engine.
 */
import { javaString } from './javaString';
import type { ScriptLimits } from './scriptLimits';
import type { ScriptResult, ScriptSandbox } from './scriptSandbox';

/** A result of a typed evaluation: the value, or the failure of the underlying {@link ScriptResult}. */
export type Evaluated<T> = { ok: true; value: T } | Extract<ScriptResult, { ok: false }>;

/** §4.4 `ScriptEvaluator.toBoolean`: a boolean as is, a number when > 0; anything else (even "true") is false. */
export function toBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value > 0;
  return false;
}

/** Evaluates `script` with `$` = `input`; the plain form behind INLINE and LAMBDA. */
export function evaluateScript(
  sandbox: ScriptSandbox,
  script: string,
  input: unknown,
  limits?: ScriptLimits,
): ScriptResult {
  return sandbox.evaluate(script, input, limits);
}

/** §4.4 `evalBool`: the script's value through {@link toBoolean} (DO_WHILE `loopCondition`, event conditions). */
export function evalBool(
  sandbox: ScriptSandbox,
  script: string,
  input: unknown,
  limits?: ScriptLimits,
): Evaluated<boolean> {
  const result = sandbox.evaluate(script, input, limits);
  return result.ok ? { ok: true, value: toBoolean(result.value) } : result;
}

/** §5.6: the SWITCH case of a javascript/graaljs expression, `"" + result` with Java's number formatting. */
export function switchCaseValue(
  sandbox: ScriptSandbox,
  expression: string,
  input: unknown,
  limits?: ScriptLimits,
): Evaluated<string> {
  const result = sandbox.evaluate(expression, input, limits);
  return result.ok ? { ok: true, value: javaString(result.value) } : result;
}
