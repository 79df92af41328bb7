/**
 * `POST /api/workflow/execute/{name}/{version}` (reference/conductor.md §3.2, since v3.21.23): starts the workflow
 * (version 0 = latest) and answers once it ended, is blocked on a WAIT/HUMAN task, or one of `waitUntilTaskRef`
 * finished — or after `waitForSeconds` (default 10) with `signalTimeout: true`. An empty `waitUntilTaskRef=` counts
 * as absent (the JS SDK always sends it, clients doc §6 trap 6).
 */
import type { Executor } from '../execution/executor';
import { startWorkflow } from '../execution/starter';
import { settled, waitForWorkflow } from '../execution/waitFor';
import { json, type Router } from '../http';
import { checkStartRequest } from './workflowStartRequest';
import { returnStrategyOf, signalResponse } from './workflowRun';
import { objectBody } from './workflowView';

/** Registers the synchronous execute route. */
export function registerWorkflowExecuteRoutes(router: Router, executor: Executor): void {
  router.route('POST', '/api/workflow/execute/{name}/{version}', async (request) => {
    const body = request.optionalJson() === undefined ? {} : objectBody(request, 'a StartWorkflowRequest');
    const start = checkStartRequest({ ...body, name: request.param('name') });
    const version = Number(request.param('version'));
    if (Number.isInteger(version) && version > 0) start.version = version;
    else delete start.version;
    const { query } = request;
    const strategy = returnStrategyOf(query.string('returnStrategy'));
    const refs = (query.string('waitUntilTaskRef') ?? '')
      .split(',')
      .map((r) => r.trim())
      .filter((r) => r !== '');
    const waitMs = query.int('waitForSeconds', 10) * 1000;
    const workflowId = startWorkflow(executor, start);
    const { aggregate, timedOut } = await waitForWorkflow(executor, workflowId, (run) => settled(run, refs), waitMs);
    return json(signalResponse(aggregate, strategy, { requestId: query.string('requestId'), signalTimeout: timedOut }));
  });
}
