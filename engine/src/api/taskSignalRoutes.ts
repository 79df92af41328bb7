/**
 * Updating tasks without their id (reference/conductor.md §3.3): by reference name (`ref` or a loop's `ref__N`;
 * text id, or an empty 200 when nothing is pending; `/sync` answers the Workflow or 404), and signals that complete
 * the first open WAIT/HUMAN task (`/signal`, and `/signal/sync` answering a SignalResponse).
 */
import type { TaskResult } from '../../../common/src/model';
import { isTerminalTaskStatus } from '../../../common/src/status';
import type { Executor } from '../execution/executor';
import type { Aggregate, TaskModel } from '../execution/model';
import { updateTask } from '../execution/taskUpdates';
import { settled, waitForWorkflow } from '../execution/waitFor';
import { NotFoundError, empty, json, text, type ApiRequest, type Router } from '../http';
import { returnStrategyOf, signalResponse } from './workflowRun';
import { toApiWorkflow } from './workflowView';

function pendingByRef(aggregate: Aggregate, ref: string): TaskModel | undefined {
  const matches = (name: string): boolean =>
    name === ref || (name.startsWith(`${ref}__`) && /^\d+$/.test(name.slice(ref.length + 2)));
  return aggregate.tasks.find((t) => !isTerminalTaskStatus(t.status) && matches(t.referenceTaskName));
}

function openSignalTarget(aggregate: Aggregate): TaskModel | undefined {
  return aggregate.tasks.find(
    (t) => !isTerminalTaskStatus(t.status) && (t.taskType === 'WAIT' || t.taskType === 'HUMAN'),
  );
}

function outputBody(request: ApiRequest): Record<string, unknown> {
  const body = request.optionalJson();
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

function resultFor(task: TaskModel, request: ApiRequest, output: Record<string, unknown>): TaskResult {
  const result: TaskResult = {
    workflowInstanceId: task.workflowInstanceId,
    taskId: task.taskId,
    status: request.param('status') as TaskResult['status'],
    outputData: output,
  };
  const workerId = request.query.string('workerid');
  if (workerId !== undefined) result.workerId = workerId;
  return result;
}

function registerByRefRoutes(router: Router, executor: Executor): void {
  router.route('POST', '/api/tasks/{workflowId}/{taskRefName}/{status}', (request) => {
    const task = pendingByRef(executor.load(request.param('workflowId')), request.param('taskRefName'));
    if (!task) return empty();
    return text(updateTask(executor, resultFor(task, request, outputBody(request))));
  });
  router.route('POST', '/api/tasks/{workflowId}/{taskRefName}/{status}/sync', (request) => {
    const workflowId = request.param('workflowId');
    const ref = request.param('taskRefName');
    const task = pendingByRef(executor.load(workflowId), ref);
    if (!task) throw new NotFoundError(`Found no running task ${ref} of workflow ${workflowId} to update`);
    updateTask(executor, resultFor(task, request, outputBody(request)));
    return json(toApiWorkflow(executor.load(workflowId), true));
  });
}

function signal(executor: Executor, request: ApiRequest): void {
  const workflowId = request.param('workflowId');
  const task = openSignalTarget(executor.load(workflowId));
  if (!task) throw new NotFoundError(`Found no blocked task in workflow ${workflowId} to signal`);
  updateTask(executor, resultFor(task, request, outputBody(request)));
}

function registerSignalRoutes(router: Router, executor: Executor): void {
  router.route('POST', '/api/tasks/{workflowId}/{status}/signal', (request) => {
    signal(executor, request);
    return empty();
  });
  router.route('POST', '/api/tasks/{workflowId}/{status}/signal/sync', async (request) => {
    const strategy = returnStrategyOf(request.query.string('returnStrategy'));
    const timeoutMs = request.query.int('timeoutMillis', 5000);
    signal(executor, request);
    const workflowId = request.param('workflowId');
    const { aggregate, timedOut } = await waitForWorkflow(executor, workflowId, (run) => settled(run, []), timeoutMs);
    return json(signalResponse(aggregate, strategy, { signalTimeout: timedOut }));
  });
}

/** Registers update-by-reference and signal routes. */
export function registerTaskSignalRoutes(router: Router, executor: Executor): void {
  registerByRefRoutes(router, executor);
  registerSignalRoutes(router, executor);
}
