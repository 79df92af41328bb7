/**
 * Skeletons of whole definition files: a new workflow (valid as written: one SIMPLE task, schemaVersion 2 as
 * Conductor requires, §1.2) and a new task definition with Conductor's usual defaults spelled out (§1.5), so the
 * author sees and can tune retries and timeouts.
 */
import { tabStop } from './snippetText';

/** A new workflow file with placeholders for its name and first task. */
export function workflowTemplate(): unknown {
  return {
    name: tabStop(1, 'my_workflow'),
    description: tabStop(2, 'What this workflow does'),
    version: 1,
    schemaVersion: 2,
    inputParameters: [],
    tasks: [
      {
        name: tabStop(3, 'first_task'),
        taskReferenceName: 'first_task_ref',
        type: 'SIMPLE',
        inputParameters: {},
      },
    ],
    outputParameters: {},
    timeoutPolicy: 'ALERT_ONLY',
    timeoutSeconds: 0,
  };
}

/**
 * A task definition. The timeouts keep Conductor's relation responseTimeoutSeconds ≤ timeoutSeconds (§2.3); retry
 * values are Conductor's defaults, written out so they are visible.
 */
export function taskDefTemplate(name: string): Record<string, unknown> {
  return {
    name,
    description: '',
    retryCount: 3,
    retryLogic: 'FIXED',
    retryDelaySeconds: 60,
    timeoutSeconds: 3600,
    timeoutPolicy: 'TIME_OUT_WF',
    responseTimeoutSeconds: 600,
    inputKeys: [],
    outputKeys: [],
  };
}
