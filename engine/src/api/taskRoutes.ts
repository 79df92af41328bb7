/**
 * Task REST routes for workers (reference/conductor.md §3.3): poll (204 when empty), batch long poll (≤ 5000 ms),
 * update (text id), update-v2 (next task or 204), get task, task logs (204 when none).
 */
import type { TaskResult } from '../../../common/src/model';
import type { Executor } from '../execution/executor';
import { toApiTask, type TaskModel } from '../execution/model';
import { pollNow, pollWithin } from '../execution/polling';
import { updateTask } from '../execution/taskUpdates';
import { BadRequestError, NotFoundError, empty, json, noContent, text, type ApiRequest, type Router } from '../http';
import { objectBody } from './workflowView';

/** §3.3 long-poll bound with Conductor's message. */
const MAX_POLL_TIMEOUT_MS = 5000;

/** §1.8 TaskResult bean checks, answered as Conductor's validation failure (§2.6). */
export function taskResultOf(request: ApiRequest, method: string): TaskResult {
  const result = objectBody(request, 'a TaskResult') as unknown as TaskResult;
  const errors: { path: string; message: string }[] = [];
  if (typeof result.workflowInstanceId !== 'string' || result.workflowInstanceId === '') {
    errors.push({ path: `${method}.taskResult.workflowInstanceId`, message: 'Workflow Id cannot be null or empty' });
  }
  if (typeof result.taskId !== 'string' || result.taskId === '') {
    errors.push({ path: `${method}.taskResult.taskId`, message: 'Task ID cannot be null or empty' });
  }
  if (errors.length > 0) throw new BadRequestError('Validation failed, check below errors for detail.', errors);
  return result;
}

function pollRequest(request: ApiRequest, count: number) {
  return {
    taskType: request.param('taskType'),
    workerId: request.query.string('workerid'),
    domain: request.query.string('domain'),
    count,
  };
}

function registerPollRoutes(router: Router, executor: Executor): void {
  router.route('GET', '/api/tasks/poll/{taskType}', (request) => {
    const [task] = pollNow(executor, pollRequest(request, 1));
    return task ? json(task) : noContent();
  });
  router.route('GET', '/api/tasks/poll/batch/{taskType}', async (request) => {
    const timeout = request.query.int('timeout', 100);
    if (timeout > MAX_POLL_TIMEOUT_MS)
      throw new BadRequestError('Long Poll Timeout value cannot be more than 5 seconds');
    const count = Math.max(1, request.query.int('count', 1));
    return json(await pollWithin(executor, pollRequest(request, count), Math.max(0, timeout)));
  });
}

function registerUpdateRoutes(router: Router, executor: Executor): void {
  router.route('POST', '/api/tasks', async (request) => {
    const result = taskResultOf(request, 'updateTask');
    return text(await executor.groupCommit.submit(() => updateTask(executor, result)));
  });
  router.route('POST', '/api/tasks/update-v2', async (request) => {
    const result = taskResultOf(request, 'updateTaskV2');
    await executor.groupCommit.submit(() => updateTask(executor, result));
    const updated = executor.store.tasks.get(result.taskId);
    if (!updated) return noContent();
    const taskType = updated.taskType;
    const next = pollNow(executor, { taskType, workerId: result.workerId, domain: updated.domain, count: 1 })[0];
    return next ? json(next) : noContent();
  });
}

function registerTaskReadRoutes(router: Router, executor: Executor): void {
  router.route('GET', '/api/tasks/{taskId}', (request) => {
    const task = executor.store.tasks.get(request.param('taskId'));
    if (!task) throw new NotFoundError(`Task not found for taskId: ${request.param('taskId')}`);
    return json(toApiTask(task as TaskModel));
  });
  router.route('POST', '/api/tasks/{taskId}/log', (request) => {
    const taskId = request.param('taskId');
    executor.store.taskLogs.add({ taskId, log: logText(request.body), createdTime: executor.clock() });
    return empty();
  });
  router.route('GET', '/api/tasks/{taskId}/log', (request) => {
    const logs = executor.store.taskLogs.list(request.param('taskId'));
    return logs.length > 0 ? json(logs) : noContent();
  });
}

/** Clients doc §6 item 8: the SDKs send the log JSON-encoded (`"text"`); store the decoded text. */
function logText(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'string' ? parsed : body;
  } catch {
    return body;
  }
}

/** Registers the worker-facing task routes. */
export function registerTaskRoutes(router: Router, executor: Executor): void {
  registerPollRoutes(router, executor);
  registerUpdateRoutes(router, executor);
  registerTaskReadRoutes(router, executor);
}
