/**
 * Queue placement of runtime tasks (reference/conductor.md §3.3 queue names, §5.2 step 4): worker tasks go to
 * their type+domain queue, visible after `callbackAfterSeconds` (startDelay, retry delay), by workflow priority.
 */
import type { DecideEnv, Effects, TaskModel } from './model';
import { queueNameOf } from './queueNames';

/** The queue a worker task is polled from. */
export function queueNameForTask(task: TaskModel): string {
  return queueNameOf(task.taskType, task.domain, task.executionNameSpace, task.isolationGroupId);
}

/** Adds a queue entry for `task`, visible after its callbackAfterSeconds (plus `extraMs`, e.g. retry jitter). */
export function enqueueTask(task: TaskModel, env: DecideEnv, effects: Effects, extraMs = 0): void {
  effects.enqueue.push({
    queueName: queueNameForTask(task),
    taskId: task.taskId,
    visibleAt: env.now + (task.callbackAfterSeconds ?? 0) * 1000 + extraMs,
    priority: task.workflowPriority ?? 0,
  });
}
