/**
 * Completing a scheduled task with a mock, as conductor-oss's WorkflowTestService does: an untimed mock is applied
 * as a worker's TaskResult (so retries, optional tasks and failure paths run exactly as for a real worker); a mock
 * with `executionTime` or `queueWaitTime` back-dates the task's scheduled and start times instead, then decides, so
 * the decider's timeout checks see an attempt that took that long (reference/conductor.md §5.4).
 */
import { isTerminalTaskStatus } from '../../../common/src/status';
import type { Executor } from '../execution/executor';
import type { TaskModel } from '../execution/model';
import { queueNameForTask } from '../execution/queueing';
import { updateTask } from '../execution/taskUpdates';
import type { TaskMock } from './testRequest';

/** Applies one mocked attempt to `task` (a snapshot of a non-terminal task) and decides its workflow. */
export function applyMock(executor: Executor, task: TaskModel, mock: TaskMock): void {
  if (mock.executionTime > 0 || mock.queueWaitTime > 0) return applyTimedMock(executor, task.taskId, mock);
  updateTask(executor, {
    workflowInstanceId: task.workflowInstanceId,
    taskId: task.taskId,
    status: mock.status,
    outputData: { ...(task.outputData ?? {}), ...mock.output },
  });
}

function applyTimedMock(executor: Executor, taskId: string, mock: TaskMock): void {
  const stored = executor.store.tasks.get(taskId);
  if (!stored) return;
  executor.mutate(stored.workflowInstanceId, (aggregate, env, effects) => {
    const task = aggregate.tasks.find((t) => t.taskId === taskId);
    if (!task || isTerminalTaskStatus(task.status)) return;
    task.scheduledTime = env.now - (mock.executionTime + mock.queueWaitTime);
    task.startTime = env.now - mock.executionTime;
    task.status = mock.status;
    task.outputData = { ...(task.outputData ?? {}), ...mock.output };
    task.updateTime = env.now;
    if (isTerminalTaskStatus(task.status)) {
      task.endTime = env.now;
      effects.dequeue.push({ queueName: queueNameForTask(task), taskId });
    }
    effects.changedTasks.add(task);
  });
}
