/**
 * The one question before retrying an execution, asked the same way from the Executions view and the execution
 * diagram: when a SUB_WORKFLOW task did not succeed, retry (§5.5) can either resume that failed sub-workflow
 * (`resumeSubworkflowTasks=true`) or start a new one. Pure: no `vscode` import (askRetryResume shows it).
 */
import type { Workflow } from '../../../../common/src/model';
import { isSuccessfulTaskStatus } from '../../../../common/src/status';

/** One answer: its label, and the `resumeSubworkflowTasks` value it retries with. */
export interface RetryChoice {
  readonly label: string;
  readonly description?: string;
  readonly resume: boolean;
}

/** The question's title for execution `id`. */
export function retryTitle(id: string): string {
  return `Retry execution ${id}`;
}

/**
 * The answers to offer, or undefined when there is nothing to ask (no failed sub-workflow task, or the execution
 * could not be read): then retry plainly.
 */
export function retryChoices(workflow: Workflow | undefined): RetryChoice[] | undefined {
  const failedChild = workflow?.tasks?.some(
    (task) => task.taskType === 'SUB_WORKFLOW' && !isSuccessfulTaskStatus(task.status),
  );
  if (!failedChild) return undefined;
  return [
    { label: 'Resume the failed sub-workflow', description: 'resumeSubworkflowTasks', resume: true },
    { label: 'Start a new sub-workflow', resume: false },
  ];
}
