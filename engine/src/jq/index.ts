/**
 * jq for JSON_JQ_TRANSFORM (reference/conductor.md §1.11). Create one {@link JqRunner} at engine start (async), then
 * run synchronously from the decider.
 */
export { DEFAULT_JQ_TIMEOUT_MS, JqRunner } from './jqRunner';
export type { JqResult } from './jqRunner';
export { MISSING_QUERY_EXPRESSION, runJsonJqTransform } from './jqTransform';
export type { JqTaskOutcome } from './jqTransform';
