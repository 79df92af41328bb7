/**
 * Which actions an execution diagram offers for a task, from the workflow's and the task's status
 * (reference §5.5): retry the workflow from a failed task of an ended run, rerun an ended run from this task, skip a
 * task of a running workflow that has not been scheduled yet.
 */
import type { TaskStatus, WorkflowStatus } from '../status';
import { isSuccessfulTaskStatus, isTerminalWorkflowStatus } from '../status';
import type { TaskAction } from './diagramProtocol';

/** §5.5 retry: 404 while running; COMPLETED has no retryable tasks (409). Shared with the Executions view's menus. */
export const RETRYABLE_WORKFLOW_STATUSES: readonly WorkflowStatus[] = ['FAILED', 'TIMED_OUT', 'TERMINATED'];

/** The actions valid for a task (its latest run's status, or undefined when it has not run) in this workflow state. */
export function taskActions(workflow: WorkflowStatus, task: TaskStatus | undefined): TaskAction[] {
  // §5.5 skip: the workflow must be RUNNING and no task with that reference may exist yet.
  if (task === undefined) return workflow === 'RUNNING' ? ['skip'] : [];
  const actions: TaskAction[] = [];
  // §5.5 retry takes the last unsuccessful task of each reference: offer it on such a task.
  if (RETRYABLE_WORKFLOW_STATUSES.includes(workflow) && !isSuccessfulTaskStatus(task)) actions.push('retry');
  // §5.5 rerun: only a terminal workflow, from a task that exists (by taskId).
  if (isTerminalWorkflowStatus(workflow)) actions.push('rerunFromHere');
  return actions;
}
