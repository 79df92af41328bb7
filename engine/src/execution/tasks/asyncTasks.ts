/**
 * Asynchronous system tasks (reference/conductor.md §1.11, §5.2): HTTP stays IN_PROGRESS while its call runs on
 * the AsyncTaskWorker; starting it only queues it.
 */
import { systemQueue } from '../asyncTaskWorker';
import { registerSystemTask } from '../systemTask';

registerSystemTask('HTTP', {
  start: (task, context) => {
    context.effects.enqueue.push({
      queueName: systemQueue('HTTP'),
      taskId: task.taskId,
      visibleAt: context.env.now,
      priority: task.workflowPriority ?? 0,
    });
  },
  execute: () => false,
});
