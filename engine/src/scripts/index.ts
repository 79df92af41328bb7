/**
 * Sandboxed JavaScript for INLINE, LAMBDA, SWITCH (javascript/graaljs), DO_WHILE conditions and event-handler
 * conditions (reference/conductor.md §4.4). Create one {@link ScriptSandbox} at engine start (async), then evaluate
 * synchronously from the decider.
 */
export { ScriptSandbox } from './scriptSandbox';
export type { ScriptFailureKind, ScriptResult } from './scriptSandbox';
export { DEFAULT_SCRIPT_LIMITS } from './scriptLimits';
export type { ScriptLimits } from './scriptLimits';
export { evalBool, evaluateScript, switchCaseValue, toBoolean } from './scriptEvaluators';
export type { Evaluated } from './scriptEvaluators';
export { javaNumber, javaString } from './javaString';
export { lambdaScript, runInline, runLambda } from './scriptTasks';
export type { ScriptTaskOutcome } from './scriptTasks';
export { loopConditionMessage, timeoutMessage } from './scriptMessages';
