/**
 * The official JS SDK (`@io-orkes/conductor-javascript`) drives the engine over real HTTP: WorkflowExecutor
 * operations (reference/conductor.md §3.2, §5.5) and a real TaskManager worker completing SIMPLE tasks.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { noopLogger, TaskManager, type WorkflowExecutor } from '@io-orkes/conductor-javascript';
import { fixture, until, type Harness } from './exec/engineHarness';
import { startSdkHarness, type SdkClient } from './sdkHarness';

let h: Harness;
let executor: WorkflowExecutor;
let client: SdkClient;

before(async () => {
  ({ h, client, executor } = await startSdkHarness());
  await executor.registerWorkflow(true, fixture('two_workers.workflow.json'));
  await executor.registerWorkflow(true, fixture('system_only.workflow.json'));
  await h.call('POST', '/api/metadata/taskdefs', [{ name: 'exec_first', retryCount: 0, ownerEmail: 'a@b.c' }]);
});
after(() => h.close());

const status = async (id: string): Promise<string | undefined> => (await executor.getWorkflow(id, false)).status;

void describe('SDK WorkflowExecutor', () => {
  void it('starts by request and by name, and reads the run and its status', async () => {
    const id = await executor.startWorkflow({
      name: 'two_workers',
      version: 1,
      input: { name: 'sdk' },
      correlationId: 'sdk-1',
    });
    const byName = await executor.startWorkflowByName('two_workers', { name: 'sdk' }, undefined, 'sdk-1', 0);
    assert.equal(typeof id, 'string');
    const wf = await executor.getWorkflow(id, true);
    assert.equal(wf.status, 'RUNNING');
    assert.equal(wf.tasks?.[0]?.referenceTaskName, 'first');
    assert.equal((await executor.getWorkflowStatus(byName, true, true)).status, 'RUNNING');
    const found = await executor.getByCorrelationIds({ workflowNames: ['two_workers'], correlationIds: ['sdk-1'] });
    assert.equal(found['sdk-1']?.length, 2);
  });

  void it('pauses, resumes, terminates, restarts, retries, reruns, skips, searches and deletes', async () => {
    const id = await executor.startWorkflowByName('two_workers', { name: 'ops' });
    await executor.pause(id);
    assert.equal(await status(id), 'PAUSED');
    await executor.resume(id);
    assert.equal(await status(id), 'RUNNING');
    await executor.skipTasksFromWorkflow(id, 'second', {});
    await executor.updateTaskByRefName('first', id, 'FAILED', {});
    assert.equal(await status(id), 'FAILED');
    await executor.retry(id, false);
    assert.equal(await status(id), 'RUNNING');
    await executor.updateTaskByRefName('first', id, 'COMPLETED', { n: 1 });
    assert.equal(await status(id), 'COMPLETED');
    await executor.restart(id, false);
    assert.equal(await status(id), 'RUNNING');
    await executor.terminate(id, 'sdk says stop');
    const terminated = await executor.getWorkflow(id, false);
    assert.equal(terminated.status, 'TERMINATED');
    assert.equal(terminated.reasonForIncompletion, 'sdk says stop');
    assert.equal(await executor.reRun(id, { workflowInput: { name: 'rerun' } }), id);
    assert.equal(await status(id), 'RUNNING');
    const result = await executor.search(0, 10, `workflowId = '${id}'`, '*', '');
    assert.equal(result.totalHits, 1);
    assert.equal(result.results?.[0]?.workflowId, id);
    await executor.deleteWorkflow(id, true);
    await assert.rejects(executor.getWorkflow(id, false));
  });

  void it('executes a system-only workflow synchronously', async () => {
    const run = await executor.executeWorkflow(
      { name: 'system_only', input: { kind: 'a' } },
      'system_only',
      1,
      'req-1',
    );
    assert.equal(run.status, 'COMPLETED');
    assert.equal(run.output?.['kind'], 'a');
  });

  void it('a real TaskManager worker completes SIMPLE tasks until the workflow is COMPLETED', async () => {
    const id = await executor.startWorkflowByName('two_workers', { name: 'worker' });
    const manager = new TaskManager(
      client,
      [
        {
          taskDefName: 'exec_first',
          execute: (task) =>
            Promise.resolve({ status: 'COMPLETED', outputData: { n: String(task.inputData?.['name']).length } }),
        },
        {
          taskDefName: 'exec_second',
          execute: (task) =>
            Promise.resolve({ status: 'COMPLETED', outputData: { greeting: `n=${String(task.inputData?.['n'])}` } }),
        },
      ],
      { logger: noopLogger, options: { pollInterval: 10, concurrency: 2, batchPollingTimeout: 100 } },
    );
    manager.startPolling();
    try {
      await until(h, async () => ((await status(id)) === 'COMPLETED' ? true : undefined), 10_000);
    } finally {
      await manager.stopPolling();
    }
    const wf = await executor.getWorkflow(id, true);
    assert.deepEqual(wf.output, { greeting: 'n=6', first: 6 });
    assert.deepEqual(
      wf.tasks?.map((t) => t.status),
      ['COMPLETED', 'COMPLETED'],
    );
  });
});
