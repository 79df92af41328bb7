/**
 * The tasks a workflow retry reopens in place rather than as a new task (reference/conductor.md §5.5,
 * WorkflowExecutorOps.retry and taskToBeRescheduled): JOIN, DO_WHILE and EXCLUSIVE_JOIN keep their id.
 */
import type { Aggregate, TaskModel } from './model';

/** retry(workflow)/taskToBeRescheduled: the container and join tasks a workflow retry reopens in place (same id). */
export const IN_PLACE: ReadonlySet<string> = new Set(['JOIN', 'DO_WHILE', 'EXCLUSIVE_JOIN']);

/** True when a joined task is a FAILED permissive, non-optional one (isJoinOnFailedPermissive). */
function joinsFailedPermissive(join: TaskModel, aggregate: Aggregate): boolean {
  const joinOn = join.inputData?.['joinOn'];
  const refs = new Set(Array.isArray(joinOn) ? joinOn.map(String) : []);
  const latest = new Map(
    aggregate.tasks.filter((t) => refs.has(t.referenceTaskName)).map((t) => [t.referenceTaskName, t]),
  );
  return [...latest.values()].some(
    (t) => t.status === 'FAILED' && t.workflowTask?.permissive && !t.workflowTask.optional,
  );
}

/**
 * Reopens a JOIN, DO_WHILE or EXCLUSIVE_JOIN in place. As its next attempt (retryCount + 1), except a CANCELED
 * JOIN/DO_WHILE and a FAILED join waiting on a failed permissive task, which Conductor just sets IN_PROGRESS again.
 */
export function reopenInPlace(task: TaskModel, aggregate: Aggregate): void {
  const joins = task.taskType === 'JOIN' || task.taskType === 'EXCLUSIVE_JOIN';
  const asIs =
    (task.status === 'CANCELED' && task.taskType !== 'EXCLUSIVE_JOIN') ||
    (task.status === 'FAILED' && joins && joinsFailedPermissive(task, aggregate));
  if (!asIs) task.retryCount = (task.retryCount ?? 0) + 1;
  Object.assign(task, { status: 'IN_PROGRESS', executed: false, retried: false, endTime: 0 });
  delete task.reasonForIncompletion;
}
