/**
 * What a `${…}` expression can name at runtime: the context Conductor builds for every resolution (§4.1, §4.2).
 */

/** Fields of the `workflow` root (§4.1), plus `secrets` and `env`, resolved since v3.31.2 (§4.2). */
export const WORKFLOW_FIELDS: readonly string[] = [
  'input',
  'output',
  'status',
  'workflowId',
  'parentWorkflowId',
  'parentWorkflowTaskId',
  'workflowType',
  'version',
  'correlationId',
  'reasonForIncompletion',
  'schemaVersion',
  'variables',
  'secrets',
  'env',
];

/** Fields of a task reference root (§4.1). */
export const TASK_FIELDS: readonly string[] = [
  'input',
  'output',
  'taskType',
  'status',
  'referenceTaskName',
  'retryCount',
  'correlationId',
  'pollCount',
  'taskDefName',
  'scheduledTime',
  'startTime',
  'endTime',
  'workflowInstanceId',
  'taskId',
  'reasonForIncompletion',
  'callbackAfterSeconds',
  'workerId',
  'iteration',
];

/** Names Conductor always resolves from its environment (`EnvUtils`, §2.4). */
export const ENV_NAMES: readonly string[] = ['CPEWF_TASK_ID', 'NETFLIX_ENV', 'NETFLIX_STACK'];

/** The root every workflow expression can use. */
export const WORKFLOW_ROOT = 'workflow';

/**
 * Conductor also resolves any server environment variable or JVM system property name (§4.2). We cannot know
 * those, so a single-segment UPPER_CASE name is treated as a probable environment name rather than a typo.
 */
export function looksLikeEnvName(body: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(body);
}
