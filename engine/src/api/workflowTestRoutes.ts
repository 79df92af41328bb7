/**
 * `POST /api/workflow/test` (conductor-oss WorkflowResource.testWorkflow): runs a WorkflowTestRequest — usually an
 * inline `workflowDef` plus `taskRefToMockOutput` — without workers and answers the Workflow with its tasks, in the
 * state the test run reached (reference/conductor.md §1.6). The StartWorkflowRequest part gets the same checks as
 * `POST /api/workflow` (§1.8, §2.6); malformed mocks are a 400 naming the mock.
 */
import type { Executor } from '../execution/executor';
import { json, type Router } from '../http';
import { runWorkflowTest } from '../testRun/runWorkflowTest';
import { planOf } from '../testRun/testRequest';
import { checkStartRequest } from './workflowStartRequest';
import { objectBody, workflowById } from './workflowView';

/** Registers the test-run route. */
export function registerWorkflowTestRoutes(router: Router, executor: Executor): void {
  router.route('POST', '/api/workflow/test', async (request) => {
    const body = objectBody(request, 'a WorkflowTestRequest');
    const plan = planOf(body);
    const start = checkStartRequest(body);
    // One batch: the whole run commits once, and its timers and queue entries become visible together.
    const workflowId = await executor.groupCommit.submit(() => runWorkflowTest(executor, start, plan));
    return json(workflowById(executor, workflowId, true));
  });
}
