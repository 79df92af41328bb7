/** The HTTP system task (reference/conductor.md §1.11): `executeHttpTask(taskInput)` performs the call. */
export { executeHttpTask, extractBody } from './httpTask';
export type { HttpTaskOutcome } from './httpTask';
export { MISSING_METHOD, MISSING_URI, readHttpInput } from './httpInput';
export type { HttpRequestSpec } from './httpInput';
export { MAX_RESPONSE_BYTES } from './httpCall';
