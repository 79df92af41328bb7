/**
 * Retry of a failed task (reference/conductor.md §5.3): a new attempt with a new id and a delay from the TaskDef's
 * retry logic, or — when retries are exhausted or not allowed — the end of the workflow (unless the task is
 * optional or permissive, which the caller handles).
 */
import type { TaskDef } from '../../../common/src/model';
import { isRetriableTaskStatus } from '../../../common/src/status';
import type { WorkflowStatus } from '../../../common/src/status';
import type { Aggregate, DecideEnv, TaskModel } from './model';
import { TerminateWorkflowError } from './systemTask';
import { nextSeq, resolveInput } from './taskFactory';
import { expectedRetries } from './taskDefaults';
import { isBuiltIn } from './taskTypes';

/** §5.3 delay in seconds for attempt `retryCount` (0-based), before jitter. */
export function retryDelaySeconds(def: TaskDef | undefined, retryCount: number): number {
  if (!def) return 0;
  const base = def.retryDelaySeconds ?? 60;
  let delay = base;
  if (def.retryLogic === 'LINEAR_BACKOFF') delay = base * (def.backoffScaleFactor ?? 1) * (retryCount + 1);
  else if (def.retryLogic === 'EXPONENTIAL_BACKOFF') delay = base * 2 ** retryCount;
  const cap = def.maxRetryDelaySeconds ?? 0;
  return cap > 0 ? Math.min(delay, cap) : delay;
}

/** True when `task` may get another attempt by its status, type and retry count. */
export function canRetry(task: TaskModel): boolean {
  const expected = task.workflowTask ? expectedRetries(task.workflowTask) : 0;
  if (!isRetriableTaskStatus(task.status) || isBuiltIn(task.taskType)) return false;
  return (task.retryCount ?? 0) < expected;
}

/**
 * DeciderService.retry's guard (§5.4 totalTimeoutSeconds): a task that could be retried but whose total time across
 * all attempts is spent ends the run — TIMED_OUT when it timed out, else FAILED — with Conductor's message.
 */
export function totalTimeoutFailure(task: TaskModel, now: number): TerminateWorkflowError | undefined {
  const total = task.workflowTask?.taskDefinition?.totalTimeoutSeconds ?? 0;
  const first = task.firstScheduledTime ?? 0;
  const elapsed = Math.floor((now - first) / 1000);
  if (total <= 0 || first <= 0 || elapsed < total) return undefined;
  const reason =
    `Task ${task.taskId}/${task.taskDefName ?? task.taskType} exceeded total timeout of ${total} seconds ` +
    `(elapsed ${elapsed} seconds across all attempts). No further retries will be attempted.`;
  return new TerminateWorkflowError(reason, task.status === 'TIMED_OUT' ? 'TIMED_OUT' : 'FAILED', task);
}

/** The new attempt of `task` (added to nothing yet); the old task is marked `retried`. */
export function newAttempt(aggregate: Aggregate, task: TaskModel, env: DecideEnv): TaskModel {
  const def = task.workflowTask?.taskDefinition;
  const delay = retryDelaySeconds(def, task.retryCount ?? 0);
  const taskId = env.newId();
  task.retried = true;
  const attempt: TaskModel = {
    ...structuredClone(task),
    taskId,
    retryCount: (task.retryCount ?? 0) + 1,
    retriedTaskId: task.taskId,
    status: 'SCHEDULED',
    seq: nextSeq(aggregate),
    scheduledTime: env.now,
    startTime: 0,
    endTime: 0,
    updateTime: env.now,
    pollCount: 0,
    // DeciderService.retry: the delay is the attempt's start delay too, and it keeps the failed attempt's reason.
    startDelayInSeconds: delay,
    callbackAfterSeconds: delay,
    outputData: {},
    retried: false,
    executed: false,
  };
  delete attempt.workerId;
  delete attempt.waitTimeout;
  // A new SUB_WORKFLOW attempt starts its own child (§5.9: the child id derives from the attempt).
  delete attempt.subWorkflowId;
  if (task.workflowTask) attempt.inputData = resolveInput(aggregate, task.workflowTask, taskId);
  return attempt;
}

/** §5.3 the error ending the workflow for a task that cannot be retried. */
export function taskFailure(task: TaskModel): TerminateWorkflowError {
  const status: WorkflowStatus =
    task.status === 'CANCELED' ? 'TERMINATED' : task.status === 'TIMED_OUT' ? 'TIMED_OUT' : 'FAILED';
  // Java's String.format renders a missing reason as "null" (DeciderService.retry).
  const reason = `Task ${task.taskId} failed with status: ${status} and reason: '${task.reasonForIncompletion ?? 'null'}'`;
  return new TerminateWorkflowError(reason, status, task);
}
