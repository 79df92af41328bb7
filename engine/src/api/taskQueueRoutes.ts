/**
 * Queue and poll-data routes (reference/conductor.md §3.3): sizes per type (deprecated map form and single int),
 * all queues (plain and verbose), poll data per type and for all, and requeue of pending tasks of a type.
 */
import { isTerminalTaskStatus } from '../../../common/src/status';
import type { Executor } from '../execution/executor';
import type { TaskModel } from '../execution/model';
import { DECIDER_QUEUE, queueNameOf } from '../execution/queueNames';
import { queueNameForTask } from '../execution/queueing';
import { json, text, type Router } from '../http';

function workerQueues(executor: Executor): Record<string, number> {
  const all = executor.store.queues.all();
  // Internal queues (timers, async system tasks) are not worker queues.
  for (const name of Object.keys(all)) if (name === DECIDER_QUEUE || name.startsWith('_system:')) delete all[name];
  return all;
}

function registerSizeRoutes(router: Router, executor: Executor): void {
  router.route('GET', '/api/tasks/queue/sizes', (request) => {
    const sizes: Record<string, number> = {};
    for (const type of request.query.strings('taskType')) sizes[type] = executor.store.queues.size(type);
    return json(sizes);
  });
  router.route('GET', '/api/tasks/queue/size', (request) => {
    const { query } = request;
    const name = queueNameOf(
      query.string('taskType') ?? '',
      query.string('domain'),
      query.string('executionNamespace'),
      query.string('isolationGroupId'),
    );
    return json(executor.store.queues.size(name));
  });
  router.route('GET', '/api/tasks/queue/all', () => json(workerQueues(executor)));
  router.route('GET', '/api/tasks/queue/all/verbose', () => {
    const verbose: Record<string, Record<string, Record<string, number>>> = {};
    for (const [name, size] of Object.entries(workerQueues(executor))) verbose[name] = { a: { size, uacked: 0 } };
    return json(verbose);
  });
}

function registerPollDataRoutes(router: Router, executor: Executor): void {
  router.route('GET', '/api/tasks/queue/polldata', (request) =>
    json(executor.store.pollData.list(request.query.string('taskType') ?? '')),
  );
  router.route('GET', '/api/tasks/queue/polldata/all', () => json(executor.store.pollData.all()));
}

/** Re-queues every SCHEDULED task of `taskType` that lost its queue entry; answers the count as text. */
function requeue(executor: Executor, taskType: string): number {
  const page = executor.store.tasks.search({
    conditions: [
      { field: 'taskType', op: '=', values: [taskType] },
      { field: 'status', op: '=', values: ['SCHEDULED'] },
    ],
    size: 100_000,
  });
  let count = 0;
  for (const task of page.results as TaskModel[]) {
    if (isTerminalTaskStatus(task.status)) continue;
    if (executor.store.queues.push(queueNameForTask(task), task.taskId, { priority: task.workflowPriority ?? 0 })) {
      count++;
    }
  }
  if (count > 0) executor.events.emit('queue', queueNameOf(taskType));
  return count;
}

/** Registers the queue routes. */
export function registerTaskQueueRoutes(router: Router, executor: Executor): void {
  registerSizeRoutes(router, executor);
  registerPollDataRoutes(router, executor);
  router.route('POST', '/api/tasks/queue/requeue/{taskType}', (request) =>
    text(String(requeue(executor, request.param('taskType')))),
  );
}
