/**
 * The client's execution calls against the real engine over 127.0.0.1 (reference/conductor.md §3.2, §5.5): start
 * (by name and with an inline definition), execute synchronously, get, search, pause/resume, terminate, restart,
 * retry, rerun, skip and delete. The test plays the worker with plain HTTP calls.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TaskDef, Workflow, WorkflowDef } from '../../common/src/model';
import { ConductorApiError, type ConductorClient } from '../../client/src/api';
import { fixture, startEngineClient, type EngineClient } from './clientHarness';

let h: EngineClient;
let client: ConductorClient;
const flow = fixture<WorkflowDef>('client_flow.workflow.json');

before(async () => {
  h = await startEngineClient();
  client = h.client;
  await client.metadata.registerTaskDefs(fixture<TaskDef[]>('client_tasks.taskdef.json'));
  await client.metadata.registerWorkflowDef(flow);
  await client.metadata.registerWorkflowDef(fixture<WorkflowDef>('client_quick.workflow.json'));
});
after(() => h.engine.close());

/** Acts as the worker: sets the status of the pending task `ref` (§3.3 `POST /api/tasks/{wf}/{ref}/{status}`). */
async function workerUpdate(workflowId: string, ref: string, status: 'COMPLETED' | 'FAILED'): Promise<void> {
  const response = await fetch(`${h.engine.url}/api/tasks/${workflowId}/${ref}/${status}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ result: `${ref} done` }),
  });
  assert.equal(response.status, 200, await response.text());
}

const start = (): Promise<string> => client.workflows.start({ name: 'client_flow', version: 1, input: { who: 'x' } });
const statusOf = async (id: string): Promise<Workflow['status']> => (await client.workflows.get(id, false)).status;
const taskOf = (run: Workflow, ref: string) => run.tasks?.filter((task) => task.referenceTaskName === ref).at(-1);

void describe('starting', () => {
  void it('starts by name and reads the execution with its tasks', async () => {
    const id = await start();
    assert.match(id, /\S+/);
    const run = await client.workflows.get(id);
    assert.equal(run.status, 'RUNNING');
    assert.equal(run.input?.['who'], 'x');
    assert.equal(taskOf(run, 'a')?.status, 'SCHEDULED');
    assert.equal((await client.workflows.get(id, false)).tasks?.length ?? 0, 0);
  });

  void it('starts an unregistered definition inline (StartWorkflowRequest.workflowDef)', async () => {
    const inline = { ...flow, name: 'client_inline' };
    const id = await client.workflows.start({ name: 'client_inline', workflowDef: inline, input: { who: 'y' } });
    const run = await client.workflows.get(id);
    assert.equal(run.workflowName ?? run.workflowDefinition?.name, 'client_inline');
  });

  void it('executes synchronously and returns the completed run', async () => {
    const answer = await client.workflows.execute({ name: 'client_quick', input: { who: 'z' } }, { waitForSeconds: 5 });
    assert.equal(answer.status, 'COMPLETED');
    assert.deepEqual(answer.output, { greeted: 'z' });
  });

  void it('execute returns the current state when the wait runs out (signalTimeout)', async () => {
    const answer = await client.workflows.execute(
      { name: 'client_flow', version: 1, input: { who: 'w' } },
      { waitForSeconds: 1, waitUntilTaskRef: ['b'] },
    );
    assert.equal(answer.status, 'RUNNING');
    assert.equal(answer.signalTimeout, true);
  });

  void it('searches with query, sort and paging', async () => {
    const ids = [await start(), await start()];
    const found = await client.workflows.search({ query: 'workflowType = client_flow', size: 100 });
    for (const id of ids) assert.ok(found.results.some((summary) => summary.workflowId === id));
    assert.ok(found.totalHits >= 2);
    const page = await client.workflows.search({ query: 'workflowType = client_flow', start: 1, size: 1 });
    assert.equal(page.results.length, 1);
  });
});

void describe('managing', () => {
  void it('pauses and resumes; resuming a running execution fails with a clear error', async () => {
    const id = await start();
    await client.workflows.pause(id);
    assert.equal(await statusOf(id), 'PAUSED');
    await client.workflows.resume(id);
    assert.equal(await statusOf(id), 'RUNNING');
    await assert.rejects(client.workflows.resume(id), (error: unknown) => {
      assert.ok(error instanceof ConductorApiError);
      assert.ok(error.status >= 400);
      assert.match(error.message, /not PAUSED/);
      return true;
    });
  });

  void it('terminates with a reason, then restarts', async () => {
    const id = await start();
    await client.workflows.terminate(id, 'stopped by test');
    const ended = await client.workflows.get(id, false);
    assert.equal(ended.status, 'TERMINATED');
    assert.equal(ended.reasonForIncompletion, 'stopped by test');
    await client.workflows.restart(id, true);
    assert.equal(await statusOf(id), 'RUNNING');
  });

  void it('retries a failed execution, and reruns a completed one from a task with new input', async () => {
    const id = await start();
    await workerUpdate(id, 'a', 'FAILED');
    assert.equal(await statusOf(id), 'FAILED');
    await client.workflows.retry(id, false);
    assert.equal(await statusOf(id), 'RUNNING');
    await workerUpdate(id, 'a', 'COMPLETED');
    await workerUpdate(id, 'b', 'COMPLETED');
    const done = await client.workflows.get(id);
    assert.equal(done.status, 'COMPLETED');
    const taskA = taskOf(done, 'a');
    const rerunId = await client.workflows.rerun(id, { reRunFromTaskId: taskA?.taskId, taskInput: { who: 'again' } });
    assert.equal(rerunId, id);
    const rerun = await client.workflows.get(id);
    assert.equal(taskOf(rerun, 'a')?.status, 'SCHEDULED');
    assert.equal(taskOf(rerun, 'a')?.inputData?.['who'], 'again');
  });

  void it('skips a task not yet scheduled, so the run completes after the first task', async () => {
    const id = await start();
    await client.workflows.skipTask(id, 'b');
    await workerUpdate(id, 'a', 'COMPLETED');
    const run = await client.workflows.get(id);
    assert.equal(taskOf(run, 'b')?.status, 'SKIPPED');
    assert.equal(run.status, 'COMPLETED');
  });

  void it('deletes an execution, after which get is a 404', async () => {
    const id = await start();
    await client.workflows.terminate(id);
    await client.workflows.delete(id);
    await assert.rejects(client.workflows.get(id), (error: unknown) => {
      assert.ok(error instanceof ConductorApiError && error.status === 404);
      return true;
    });
  });
});
