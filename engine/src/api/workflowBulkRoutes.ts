/**
 * Bulk workflow routes `/api/workflow/bulk/*` (reference/conductor.md §3.2): the body is a JSON array of workflow
 * ids; each id is processed on its own and lands in `bulkSuccessfulResults` or, with its error message, in
 * `bulkErrorResults` (BulkResponse, §1.8).
 */
import type { BulkResponse, Workflow } from '../../../common/src/model';
import type { Executor } from '../execution/executor';
import {
  pauseWorkflow,
  removeWorkflow,
  resumeWorkflow,
  terminateAndRemove,
  terminateWorkflow,
} from '../execution/lifecycle';
import { restartWorkflow } from '../execution/restart';
import { retryWorkflow } from '../execution/retryWorkflow';
import { json, type ApiRequest, type HttpMethod, type Router } from '../http';
import { stringArrayBody, workflowById } from './workflowView';

const BULK_MESSAGE = 'Bulk Request has been processed.';

/** Runs `action` per id and collects a BulkResponse. */
export function bulk<T>(ids: readonly string[], action: (id: string) => T): BulkResponse<T> {
  const response: BulkResponse<T> = { bulkErrorResults: {}, bulkSuccessfulResults: [], message: BULK_MESSAGE };
  for (const id of ids) {
    try {
      response.bulkSuccessfulResults.push(action(id));
    } catch (error) {
      response.bulkErrorResults[id] = error instanceof Error ? error.message : String(error);
    }
  }
  return response;
}

type BulkAction = (executor: Executor, request: ApiRequest, id: string) => void;

const ACTIONS: [HttpMethod, string, BulkAction][] = [
  ['PUT', 'pause', (executor, _request, id) => pauseWorkflow(executor, id)],
  ['PUT', 'resume', (executor, _request, id) => resumeWorkflow(executor, id)],
  [
    'POST',
    'restart',
    (executor, request, id) => restartWorkflow(executor, id, request.query.bool('useLatestDefinitions', false)),
  ],
  ['POST', 'retry', (executor, _request, id) => retryWorkflow(executor, id)],
  [
    'POST',
    'terminate',
    (executor, request, id) => void terminateWorkflow(executor, id, request.query.string('reason')),
  ],
  ['DELETE', 'remove', (executor, _request, id) => removeWorkflow(executor, id)],
  [
    'DELETE',
    'terminate-remove',
    (executor, request, id) => terminateAndRemove(executor, id, request.query.string('reason')),
  ],
];

/** Registers the bulk routes. */
export function registerWorkflowBulkRoutes(router: Router, executor: Executor): void {
  for (const [method, name, action] of ACTIONS) {
    router.route(method, `/api/workflow/bulk/${name}`, (request) => {
      const ids = stringArrayBody(request, 'workflow ids');
      return json(
        bulk(ids, (id) => {
          action(executor, request, id);
          return id;
        }),
      );
    });
  }
  router.route('POST', '/api/workflow/bulk/search', (request) => {
    const ids = stringArrayBody(request, 'workflow ids');
    const includeTasks = request.query.bool('includeTasks', true);
    return json(bulk<Workflow>(ids, (id) => workflowById(executor, id, includeTasks)));
  });
}
