/**
 * Worker polling (reference/conductor.md §5.5 "Poll", §3.3): pop visible tasks of the type+domain queue, skip
 * stale entries, respect concurrentExecLimit and rateLimitPerFrequency (postpone), mark the task IN_PROGRESS and
 * decide (to arm its response timeout) — one transaction per task, so a task goes to exactly one poller. Long
 * polls wait for a queue event or the next visibility time, never spinning.
 */
import type { Task } from '../../../common/src/model';
import { isTerminalTaskStatus, isTerminalWorkflowStatus } from '../../../common/src/status';
import type { Executor } from './executor';
import { toApiTask } from './model';
import { queueNameOf } from './queueNames';

/** Who polls what. */
export interface PollRequest {
  taskType: string;
  workerId?: string | undefined;
  domain?: string | undefined;
  count: number;
}

/** Delay before a task held back by a concurrency or rate limit is offered again. */
const LIMIT_POSTPONE_MS = 1000;

function limited(executor: Executor, task: Task, now: number): boolean {
  const def = task.workflowTask?.taskDefinition;
  const name = task.taskDefName ?? task.taskType;
  const limit = def?.concurrentExecLimit ?? 0;
  const byName = { field: 'taskDefName' as const, op: '=' as const, values: [name] };
  if (limit > 0) {
    const running = executor.store.tasks.search({
      conditions: [byName, { field: 'status', op: '=', values: ['IN_PROGRESS'] }],
      size: 0,
    });
    if (running.totalHits >= limit) return true;
  }
  const perFrequency = def?.rateLimitPerFrequency ?? 0;
  if (perFrequency > 0) {
    const since = now - (def?.rateLimitFrequencyInSeconds ?? 1) * 1000;
    const started = executor.store.tasks.search({
      conditions: [byName, { field: 'startTime', op: '>', values: [since] }],
      size: 0,
    });
    if (started.totalHits >= perFrequency) return true;
  }
  return false;
}

function deliver(executor: Executor, taskId: string, request: PollRequest, queueName: string): Task | undefined {
  const stored = executor.store.tasks.get(taskId);
  if (!stored || isTerminalTaskStatus(stored.status)) return undefined;
  const now = executor.clock();
  if (limited(executor, stored, now)) {
    executor.store.queues.postpone(queueName, taskId, { visibleAt: now + LIMIT_POSTPONE_MS });
    return undefined;
  }
  return executor.mutate(stored.workflowInstanceId, (aggregate, env, effects) => {
    const task = aggregate.tasks.find((t) => t.taskId === taskId);
    if (!task || task.status !== 'SCHEDULED' || isTerminalWorkflowStatus(aggregate.workflow.status)) return undefined;
    task.status = 'IN_PROGRESS';
    if (!task.startTime) task.startTime = env.now;
    if (request.workerId !== undefined) task.workerId = request.workerId;
    task.callbackAfterSeconds = 0;
    task.pollCount = (task.pollCount ?? 0) + 1;
    task.updateTime = env.now;
    effects.changedTasks.add(task);
    return toApiTask(task);
  });
}

/** Takes up to `count` tasks now (possibly none). */
export function pollNow(executor: Executor, request: PollRequest): Task[] {
  const queueName = queueNameOf(request.taskType, request.domain);
  return executor.transaction(() => {
    const now = executor.clock();
    executor.store.pollData.record({
      queueName: request.taskType,
      domain: request.domain,
      workerId: request.workerId,
      lastPollTime: now,
    });
    const delivered: Task[] = [];
    for (let round = 0; round < 10 && delivered.length < request.count; round++) {
      const ids = executor.store.queues.popVisible(queueName, request.count - delivered.length, now);
      if (ids.length === 0) break;
      for (const id of ids) {
        const task = deliver(executor, id, request, queueName);
        if (task) delivered.push(task);
      }
    }
    return delivered;
  });
}

/** Polls, waiting up to `timeoutMs` for tasks to arrive or become visible (§3.3 batch poll). */
export async function pollWithin(executor: Executor, request: PollRequest, timeoutMs: number): Promise<Task[]> {
  const queueName = queueNameOf(request.taskType, request.domain);
  const deadline = executor.clock() + timeoutMs;
  for (;;) {
    const tasks = pollNow(executor, request);
    const now = executor.clock();
    if (tasks.length > 0 || now >= deadline) return tasks;
    const visible = executor.store.queues.nextVisibleAt(queueName);
    const untilVisible = visible === undefined ? Infinity : Math.max(visible - now, 1);
    await waitForQueue(executor, queueName, Math.min(deadline - now, untilVisible));
  }
}

/** Resolves when `queueName` gets a task, the engine closes, or `ms` pass. */
function waitForQueue(executor: Executor, queueName: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      executor.events.off('queue', onQueue);
      executor.events.off('close', done);
      resolve();
    };
    const onQueue = (name: string): void => {
      if (name === queueName) done();
    };
    const timer = setTimeout(done, ms);
    executor.events.on('queue', onQueue);
    executor.events.on('close', done);
  });
}
