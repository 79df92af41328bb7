/**
 * JSON_JQ_TRANSFORM (reference/conductor.md §1.11, `json-jq-task/.../JsonJqTransform.java`): the jq input is the
 * whole task input; output `result` (the first value jq emits, null when none) and `resultList` (all of them); a jq
 * error fails the task with jq's message as the reason and as output `error`.
 */
import type { JqRunner } from './jqRunner';

/** What the task ends with; `output` is merged into the task's outputData. */
export interface JqTaskOutcome {
  status: 'COMPLETED' | 'FAILED';
  output: Record<string, unknown>;
  reasonForIncompletion?: string;
}

/** `JsonJqTransform`: the message when the task has no `queryExpression`. */
export const MISSING_QUERY_EXPRESSION = "Missing 'queryExpression' in input parameters";

/** Runs the task's `queryExpression` over its input. */
export function runJsonJqTransform(
  runner: JqRunner,
  input: Record<string, unknown>,
  timeoutMs?: number,
): JqTaskOutcome {
  const query = input['queryExpression'];
  if (query === undefined || query === null) {
    return { status: 'FAILED', output: {}, reasonForIncompletion: MISSING_QUERY_EXPRESSION };
  }
  if (typeof query !== 'string')
    return failed(`'queryExpression' must be a jq program (a string), got ${typeof query}`);
  const result = runner.run(query, input, timeoutMs);
  if (!result.ok) return failed(result.reason);
  return { status: 'COMPLETED', output: { result: result.outputs[0] ?? null, resultList: result.outputs } };
}

function failed(reason: string): JqTaskOutcome {
  return { status: 'FAILED', output: { error: reason }, reasonForIncompletion: reason };
}
