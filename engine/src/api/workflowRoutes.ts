/**
 * Workflow REST routes, part 1 (reference/conductor.md §3.2): start (text id), start by name, get, status, tasks
 * page, running ids, correlated lookups, decide, terminate, remove and terminate-remove.
 */
import type { StartWorkflowRequest } from '../../../common/src/model';
import type { TaskStatus } from '../../../common/src/status';
import type { Executor } from '../execution/executor';
import { removeWorkflow, terminateAndRemove, terminateWorkflow } from '../execution/lifecycle';
import { toApiTask } from '../execution/model';
import { checkPriority, startWorkflow } from '../execution/starter';
import { BadRequestError, empty, json, text, type Router } from '../http';
import { checkStartRequest } from './workflowStartRequest';
import { objectBody, renderIds, toStatusView, workflowById } from './workflowView';

function registerStartRoutes(router: Router, executor: Executor): void {
  router.route('POST', '/api/workflow', async (request) => {
    const start = checkStartRequest(objectBody(request, 'a StartWorkflowRequest'));
    return text(await executor.groupCommit.submit(() => startWorkflow(executor, start)));
  });
  router.route('POST', '/api/workflow/{name}', async (request) => {
    const input = objectBody(request, 'the workflow input');
    const priority = request.query.int('priority');
    checkPriority(priority);
    const start: StartWorkflowRequest = { name: request.param('name'), input, priority: priority ?? 0 };
    const version = request.query.int('version');
    if (version !== undefined) start.version = version;
    const correlationId = request.query.string('correlationId');
    if (correlationId !== undefined) start.correlationId = correlationId;
    return text(await executor.groupCommit.submit(() => startWorkflow(executor, start)));
  });
}

function registerReadRoutes(router: Router, executor: Executor): void {
  router.route('GET', '/api/workflow/{workflowId}', (request) =>
    json(workflowById(executor, request.param('workflowId'), request.query.bool('includeTasks', true))),
  );
  router.route('GET', '/api/workflow/{workflowId}/status', (request) => {
    const workflow = workflowById(executor, request.param('workflowId'), false);
    const { query } = request;
    return json(toStatusView(workflow, query.bool('includeOutput', false), query.bool('includeVariables', false)));
  });
  router.route('GET', '/api/workflow/{workflowId}/tasks', (request) => {
    const { tasks } = executor.load(request.param('workflowId'));
    const statuses = new Set(request.query.strings('status') as TaskStatus[]);
    const matching = tasks.filter((task) => statuses.size === 0 || statuses.has(task.status));
    const start = request.query.int('start', 0);
    const count = request.query.int('count', 15);
    const page = matching.slice(start, start + count).map(toApiTask);
    return json({ totalHits: matching.length, results: page });
  });
  router.route('GET', '/api/workflow/running/{name}', (request) => {
    const { query } = request;
    const ids = executor.store.workflows.runningIds(
      request.param('name'),
      query.int('version', 1),
      query.int('startTime'),
      query.int('endTime'),
    );
    return json(ids);
  });
}

function correlated(executor: Executor, name: string, correlationId: string, closed: boolean, tasks: boolean) {
  const ids = executor.store.workflows.byCorrelationId(name, correlationId, closed).map((w) => w.workflowId);
  return renderIds(executor, ids, tasks);
}

function registerCorrelationRoutes(router: Router, executor: Executor): void {
  router.route('GET', '/api/workflow/{name}/correlated/{correlationId}', (request) => {
    const { query } = request;
    const found = correlated(
      executor,
      request.param('name'),
      request.param('correlationId'),
      query.bool('includeClosed', false),
      query.bool('includeTasks', false),
    );
    return json(found);
  });
  router.route('POST', '/api/workflow/{name}/correlated', (request) => {
    const ids = request.json();
    if (!Array.isArray(ids)) throw new BadRequestError('The request body must be a JSON array of correlation ids.');
    const closed = request.query.bool('includeClosed', false);
    const tasks = request.query.bool('includeTasks', false);
    const result: Record<string, unknown[]> = {};
    for (const id of ids) result[String(id)] = correlated(executor, request.param('name'), String(id), closed, tasks);
    return json(result);
  });
  router.route('POST', '/api/workflow/correlated/batch', (request) => {
    const body = objectBody(request, '{correlationIds, workflowNames}');
    const names = Array.isArray(body['workflowNames']) ? body['workflowNames'].map(String) : [];
    const ids = Array.isArray(body['correlationIds']) ? body['correlationIds'].map(String) : [];
    const closed = request.query.bool('includeClosed', false);
    const tasks = request.query.bool('includeTasks', false);
    const result: Record<string, unknown[]> = {};
    for (const id of ids) result[id] = names.flatMap((name) => correlated(executor, name, id, closed, tasks));
    return json(result);
  });
}

function registerEndRoutes(router: Router, executor: Executor): void {
  router.route('PUT', '/api/workflow/decide/{workflowId}', (request) => {
    executor.decide(request.param('workflowId'));
    return empty();
  });
  router.route('DELETE', '/api/workflow/{workflowId}', (request) => {
    terminateWorkflow(executor, request.param('workflowId'), request.query.string('reason'));
    return empty();
  });
  router.route('DELETE', '/api/workflow/{workflowId}/remove', (request) => {
    removeWorkflow(executor, request.param('workflowId'));
    return empty();
  });
  router.route('DELETE', '/api/workflow/{workflowId}/terminate-remove', (request) => {
    terminateAndRemove(executor, request.param('workflowId'), request.query.string('reason'));
    return empty();
  });
}

/** Registers the routes of this file. */
export function registerWorkflowRoutes(router: Router, executor: Executor): void {
  registerStartRoutes(router, executor);
  registerReadRoutes(router, executor);
  registerCorrelationRoutes(router, executor);
  registerEndRoutes(router, executor);
}
