/**
 * Adds freshly mapped tasks to a run (reference/conductor.md §5.2 step 4): each gets the next `seq`; worker tasks
 * are queued (after their startDelay / retry delay); system tasks start IN_PROGRESS right away so the decide loop
 * executes them.
 */
import { isTerminalTaskStatus } from '../../../common/src/status';
import type { TaskModel } from './model';
import { enqueueTask } from './queueing';
import { systemTaskHandler, type TaskContext } from './systemTask';
import { nextSeq } from './taskFactory';
import { isWorkerTask } from './taskTypes';

/** Appends `tasks` to the run, queueing worker tasks and starting system tasks. */
export function scheduleTasks(tasks: readonly TaskModel[], context: TaskContext): void {
  const { aggregate, env, effects } = context;
  for (const task of tasks) {
    task.seq = nextSeq(aggregate);
    aggregate.tasks.push(task);
    effects.changedTasks.add(task);
    if (isTerminalTaskStatus(task.status)) continue;
    if (isWorkerTask(task)) {
      task.status = 'SCHEDULED';
      enqueueTask(task, env, effects);
      continue;
    }
    task.status = 'IN_PROGRESS';
    task.startTime = task.startTime || env.now;
    systemTaskHandler(task.taskType)?.start?.(task, context);
  }
}
