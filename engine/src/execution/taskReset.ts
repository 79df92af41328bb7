/**
 * Putting an ended task back to work in place, as rerun does for its target and the other unsuccessful tasks and
 * as reopening a parent does for its canceled tasks (reference/conductor.md §5.5).
 */
import { enqueueTask } from './queueing';
import type { TaskModel } from './model';
import { systemTaskHandler, type TaskContext } from './systemTask';
import { isWorkerTask } from './taskTypes';

/**
 * Puts a finished task back to work in place (same id): workers are re-queued, system tasks start again (HTTP is
 * re-queued, WAIT recomputes its deadline, a SUB_WORKFLOW gets a fresh child).
 */
export function resetTask(task: TaskModel, context: TaskContext): void {
  const { env, effects } = context;
  task.status = isWorkerTask(task) ? 'SCHEDULED' : 'IN_PROGRESS';
  task.executed = false;
  task.retried = false;
  task.outputData = {};
  task.endTime = 0;
  task.scheduledTime = env.now;
  task.updateTime = env.now;
  task.callbackAfterSeconds = 0;
  delete task.reasonForIncompletion;
  delete task.waitTimeout;
  effects.changedTasks.add(task);
  if (isWorkerTask(task)) return enqueueTask(task, env, effects);
  task.startTime = env.now;
  systemTaskHandler(task.taskType)?.start?.(task, context);
}
