import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, read, register, start, startHarness, taskOf, until, type Harness, type Run } from './opsHarness';

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(h, fixture('start_workflow.workflow.json'), fixture('started_worker.workflow.json'));
});
after(() => h.close());

/** Starts the starter workflow and waits until its START_WORKFLOW task has ended. */
async function runStarter(request: unknown, correlationId = 'order-7'): Promise<Run> {
  const id = await start(h, 'ops_start_workflow', { request }, { correlationId });
  return until(h, async () => {
    const run = await read(h, id);
    return run.status === 'RUNNING' ? undefined : run;
  });
}

void describe('§1.11 START_WORKFLOW', () => {
  void it('starts the requested workflow fire-and-forget: output workflowId, starter completes at once', async () => {
    const run = await runStarter({ name: 'ops_started_worker', input: { sku: 'A1' } });
    assert.equal(run.status, 'COMPLETED');
    const task = taskOf(run, 'kick_off');
    assert.equal(task.status, 'COMPLETED');
    const started = await read(h, String(task.outputData['workflowId']));
    assert.equal(started.status, 'RUNNING', 'the started run is independent and still waits for its worker');
    assert.deepEqual(started.input, { sku: 'A1' });
    assert.equal(started.correlationId, 'order-7', 'inherits the correlationId when the request has none');
    assert.equal((started as { parentWorkflowId?: string }).parentWorkflowId, undefined);
  });

  void it("fails with Conductor's reasons: missing request, invalid request, unknown workflow", async () => {
    const missing = await runStarter(null);
    assert.equal(taskOf(missing, 'kick_off').reasonForIncompletion, "Missing 'startWorkflow' in input data.");
    assert.equal(missing.status, 'FAILED');
    const invalid = await runStarter({ input: {} });
    assert.equal(
      taskOf(invalid, 'kick_off').reasonForIncompletion,
      "startWorkflow validation failed. 'name' -> Workflow name cannot be null or empty. ",
    );
    const unknown = await runStarter({ name: 'ops_no_such_workflow', version: 3 });
    assert.equal(
      taskOf(unknown, 'kick_off').reasonForIncompletion,
      'No such workflow defined. name=ops_no_such_workflow, version=3',
    );
  });
});
