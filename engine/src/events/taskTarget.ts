/**
 * Finding the task an event targets. Event-handler actions (`SimpleActionProcessor.completeTask`) take a task id,
 * or a workflow id plus a reference name, where a loop task is found by its name without `__N` (the latest
 * iteration). `/api/queue/update` (`DefaultEventQueueProcessor`) looks only at tasks that have not ended, and
 * without a reference name takes the first pending WAIT task.
 */
import { isTerminalTaskStatus } from '../../../common/src/status';
import type { Executor } from '../execution/executor';
import { loopBaseRef } from '../expressions/contextDocument';
import type { TaskModel } from '../execution/model';

/** Which task: by id, or by workflow and reference name. */
export interface TaskTarget {
  workflowId?: string | undefined;
  taskId?: string | undefined;
  taskRefName?: string | undefined;
}

/** The action's task, or undefined; an unknown workflow throws the engine's 404 message. */
export function findTargetTask(executor: Executor, target: TaskTarget): TaskModel | undefined {
  if (target.taskId) return executor.store.tasks.get(target.taskId) as TaskModel | undefined;
  if (!target.workflowId || !target.taskRefName) return undefined;
  const { tasks } = executor.load(target.workflowId);
  const matching = tasks.filter((task) => loopBaseRef(task) === target.taskRefName);
  // Latest iteration first, then the latest attempt (highest seq) of it.
  return matching.sort((a, b) => (b.iteration ?? 0) - (a.iteration ?? 0) || b.seq - a.seq)[0];
}

/** The pending task `/api/queue/update` completes, or undefined. */
export function findPendingTask(executor: Executor, target: TaskTarget): TaskModel | undefined {
  if (!target.workflowId) return undefined;
  const pending = executor.load(target.workflowId).tasks.filter((task) => !isTerminalTaskStatus(task.status));
  if (target.taskId) return pending.find((task) => task.taskId === target.taskId);
  if (!target.taskRefName) return pending.find((task) => task.taskType === 'WAIT');
  return pending.find((task) => loopBaseRef(task) === target.taskRefName);
}
