/**
 * Applying a TaskResult (reference/conductor.md §5.5 "Update"): unknown task → 404; a task or workflow that already
 * ended ignores the update; a worker's IN_PROGRESS puts the task back in its queue after callbackAfterSeconds;
 * other statuses replace status and output; logs are appended; then the workflow is decided.
 */
import type { TaskResult } from '../../../common/src/model';
import { isTerminalTaskStatus, isTerminalWorkflowStatus } from '../../../common/src/status';
import { BadRequestError, NotFoundError } from '../http';
import type { Executor } from './executor';
import type { DecideEnv, Effects, TaskModel } from './model';
import { enqueueTask, queueNameForTask } from './queueing';
import { isWorkerTask } from './taskTypes';

const RESULT_STATUSES = new Set(['IN_PROGRESS', 'FAILED', 'FAILED_WITH_TERMINAL_ERROR', 'COMPLETED', 'CANCELED']);

/** §1.8 TaskResult checks with Conductor's messages. */
export function checkResult(result: TaskResult): void {
  if (typeof result.taskId !== 'string' || result.taskId === '') {
    throw new BadRequestError('Task ID cannot be null or empty');
  }
  if (!RESULT_STATUSES.has(result.status)) {
    throw new BadRequestError(
      `Invalid TaskResult status '${String(result.status)}': use IN_PROGRESS, FAILED, FAILED_WITH_TERMINAL_ERROR, COMPLETED or CANCELED`,
    );
  }
}

function apply(task: TaskModel, result: TaskResult, env: DecideEnv, effects: Effects): void {
  task.updateTime = env.now;
  effects.changedTasks.add(task);
  // WorkflowExecutorOps.extendLease: only the update time (what response timeouts count from) moves.
  if (result.extendLease) return;
  // §5.5 the result's output and reason replace the task's, absent ones too (TaskResult.outputData defaults to {}).
  task.outputData = result.outputData ?? {};
  if (result.reasonForIncompletion != null) task.reasonForIncompletion = result.reasonForIncompletion;
  else delete task.reasonForIncompletion;
  if (result.workerId !== undefined) task.workerId = result.workerId;
  if (result.subWorkflowId !== undefined) task.subWorkflowId = result.subWorkflowId;
  if (result.executionMetadata !== undefined) task.executionMetadata = result.executionMetadata;
  if (result.status === 'IN_PROGRESS') {
    if (!isWorkerTask(task)) return;
    task.status = 'SCHEDULED';
    task.callbackAfterSeconds = result.callbackAfterSeconds ?? 0;
    enqueueTask(task, env, effects);
    return;
  }
  task.status = result.status;
  task.endTime = env.now;
  effects.dequeue.push({ queueName: queueNameForTask(task), taskId: task.taskId });
}

/** Applies `result` and decides the workflow; returns the task id (also when the update was ignored). */
export function updateTask(executor: Executor, result: TaskResult): string {
  checkResult(result);
  return executor.transaction(() => {
    const stored = executor.store.tasks.get(result.taskId);
    if (!stored) throw new NotFoundError(`No such task found by id: ${result.taskId}`);
    const now = executor.clock();
    for (const log of result.logs ?? []) {
      executor.store.taskLogs.add({ taskId: result.taskId, log: log.log, createdTime: log.createdTime ?? now });
    }
    executor.mutate(stored.workflowInstanceId, (aggregate, env, effects) => {
      const task = aggregate.tasks.find((t) => t.taskId === result.taskId);
      if (!task || isTerminalTaskStatus(task.status) || isTerminalWorkflowStatus(aggregate.workflow.status)) return;
      apply(task, result, env, effects);
    });
    return result.taskId;
  });
}
