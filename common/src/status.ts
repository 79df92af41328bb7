/**
 * Conductor's workflow and task status enums with their terminal/successful flags
 * (reference/conductor.md §1.6 and §1.7), shared by the engine, the client and the diagrams.
 */

export const WORKFLOW_STATUSES = ['RUNNING', 'COMPLETED', 'FAILED', 'TIMED_OUT', 'TERMINATED', 'PAUSED'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export const TASK_STATUSES = [
  'IN_PROGRESS',
  'CANCELED',
  'FAILED',
  'FAILED_WITH_TERMINAL_ERROR',
  'COMPLETED',
  'COMPLETED_WITH_ERRORS',
  'SCHEDULED',
  'TIMED_OUT',
  'SKIPPED',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

const TERMINAL_WORKFLOW: ReadonlySet<WorkflowStatus> = new Set(['COMPLETED', 'FAILED', 'TIMED_OUT', 'TERMINATED']);
const SUCCESSFUL_WORKFLOW: ReadonlySet<WorkflowStatus> = new Set(['COMPLETED', 'PAUSED']);

/** §1.6: COMPLETED, FAILED, TIMED_OUT and TERMINATED end a workflow. */
export function isTerminalWorkflowStatus(status: WorkflowStatus): boolean {
  return TERMINAL_WORKFLOW.has(status);
}

/** §1.6: COMPLETED and PAUSED count as successful. */
export function isSuccessfulWorkflowStatus(status: WorkflowStatus): boolean {
  return SUCCESSFUL_WORKFLOW.has(status);
}

const TERMINAL_TASK: ReadonlySet<TaskStatus> = new Set([
  'CANCELED',
  'FAILED',
  'FAILED_WITH_TERMINAL_ERROR',
  'COMPLETED',
  'COMPLETED_WITH_ERRORS',
  'TIMED_OUT',
  'SKIPPED',
]);
const UNSUCCESSFUL_TASK: ReadonlySet<TaskStatus> = new Set([
  'CANCELED',
  'FAILED',
  'FAILED_WITH_TERMINAL_ERROR',
  'TIMED_OUT',
]);
const NOT_RETRIABLE_TASK: ReadonlySet<TaskStatus> = new Set(['CANCELED', 'FAILED_WITH_TERMINAL_ERROR', 'SKIPPED']);

/** §1.7 table, column "terminal". */
export function isTerminalTaskStatus(status: TaskStatus): boolean {
  return TERMINAL_TASK.has(status);
}

/** §1.7 table, column "successful". */
export function isSuccessfulTaskStatus(status: TaskStatus): boolean {
  return !UNSUCCESSFUL_TASK.has(status);
}

/** §1.7 table, column "retriable". */
export function isRetriableTaskStatus(status: TaskStatus): boolean {
  return !NOT_RETRIABLE_TASK.has(status);
}
