/**
 * Asynchronous system tasks (reference/conductor.md §1.11, §5.2): HTTP and START_WORKFLOW stay IN_PROGRESS while
 * their work runs on an AsyncTaskWorker; starting one only queues it, at its run's priority as Conductor's
 * `addTaskToQueue` does for every task.
 */
import { systemQueue } from '../asyncTaskWorker';
import { registerSystemTask } from '../systemTask';

/** Registers `type` as a system task that its AsyncTaskWorker picks up from the `_system:<type>` queue. */
export function registerQueuedSystemTask(type: string): void {
  registerSystemTask(type, {
    start: (task, context) => {
      context.effects.enqueue.push({
        queueName: systemQueue(type),
        taskId: task.taskId,
        visibleAt: context.env.now,
        priority: task.workflowPriority ?? 0,
      });
    },
    execute: () => false,
  });
}

registerQueuedSystemTask('HTTP');
