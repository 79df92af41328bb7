/**
 * The JS SDK's WorkflowExecutor drives workflows with system tasks end to end over real HTTP (issue 5 "Proof";
 * reference/conductor.md §5.5–§5.9): definitions built with the SDK's own builders (INLINE, SWITCH value-param,
 * FORK_JOIN/JOIN, SUB_WORKFLOW, DO_WHILE via newLoopTask), a real TaskManager for the SIMPLE tasks, and pause,
 * resume, terminate (the child goes with the parent), restart and retry on such a run; plus `testWorkflow`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  noopLogger,
  TaskManager,
  type Workflow,
  type WorkflowExecutor,
  type WorkflowTestRequest,
} from '@io-orkes/conductor-javascript';
import { until, type Harness } from './exec/engineHarness';
import { startSdkHarness, type SdkClient } from './sdkHarness';
import { child, parent } from './systemTasks/sdkDefinitions';

let h: Harness;
let executor: WorkflowExecutor;
let client: SdkClient;

before(async () => {
  ({ h, client, executor } = await startSdkHarness());
  const taskDefs = ['sdk_charge', 'sdk_lane', 'sdk_step'].map((name) => ({ name, retryCount: 0, ownerEmail: 'a@b.c' }));
  await h.call('POST', '/api/metadata/taskdefs', taskDefs);
  await executor.registerWorkflow(true, child);
  await executor.registerWorkflow(true, parent);
});
after(() => h.close());

/** Runs a TaskManager for the three SIMPLE task types (polling `domain`, if given) while `body` runs. */
async function withWorkers<T>(body: () => Promise<T>, domain?: string): Promise<T> {
  const echo = (out: (input: Record<string, unknown>) => Record<string, unknown>) => ({
    execute: (task: { inputData?: Record<string, unknown> }) =>
      Promise.resolve({ status: 'COMPLETED' as const, outputData: out(task.inputData ?? {}) }),
    ...(domain === undefined ? {} : { domain }),
  });
  const manager = new TaskManager(
    client,
    [
      { taskDefName: 'sdk_charge', ...echo((input) => ({ id: `C${String(input['amount'])}` })) },
      { taskDefName: 'sdk_lane', ...echo(() => ({ lane: true })) },
      { taskDefName: 'sdk_step', ...echo((input) => ({ i: input['i'] })) },
    ],
    { logger: noopLogger, options: { pollInterval: 10, concurrency: 2, batchPollingTimeout: 100 } },
  );
  manager.startPolling();
  try {
    return await body();
  } finally {
    await manager.stopPolling();
  }
}

const statusOf = async (id: string): Promise<string | undefined> => (await executor.getWorkflow(id, false)).status;
const reach = (id: string, status: string): Promise<Workflow> =>
  until(h, async () => ((await statusOf(id)) === status ? executor.getWorkflow(id, true) : undefined), 15_000);

void describe('SDK WorkflowExecutor with system tasks', () => {
  void it('runs INLINE, SWITCH, FORK/JOIN with a SUB_WORKFLOW lane and a DO_WHILE to COMPLETED', async () => {
    const id = await executor.startWorkflow({ name: 'sdk_parent', version: 1, input: { n: 21, kind: 'go' } });
    const run = await withWorkers(() => reach(id, 'COMPLETED'));
    assert.deepEqual(run.output, { doubled: 42, receipt: 'R-C42', lastStep: 3 });
    const refs = run.tasks?.map((t) => t.referenceTaskName) ?? [];
    for (const ref of ['double', 'route', 'split', 'lane', 'pay', 'split_join', 'repeat', 'step__1', 'step__3']) {
      assert.ok(refs.includes(ref), `${ref} in ${refs.join(' ')}`);
    }
    const childId = run.tasks?.find((t) => t.referenceTaskName === 'pay')?.subWorkflowId ?? '';
    assert.equal(await statusOf(childId), 'COMPLETED');
  });

  void it('pauses and resumes, terminates parent and child, restarts, and retries a failed lane', async () => {
    // Its own domain (§5.10): workers still finishing the previous test's polls cannot take these tasks.
    const taskToDomain = { '*': 'sdk_lifecycle' };
    const id = await executor.startWorkflow({
      name: 'sdk_parent',
      version: 1,
      input: { n: 1, kind: 'go' },
      taskToDomain,
    });
    await executor.pause(id);
    assert.equal(await statusOf(id), 'PAUSED');
    await executor.resume(id);
    const running = await reach(id, 'RUNNING');
    const childId = running.tasks?.find((t) => t.referenceTaskName === 'pay')?.subWorkflowId ?? '';
    await executor.terminate(id, 'stop it');
    assert.equal(await statusOf(id), 'TERMINATED');
    await reach(id, 'TERMINATED');
    assert.equal(await statusOf(childId), 'TERMINATED', '§5.9: terminating the parent terminates the child');
    await executor.restart(id, false);
    assert.equal(await statusOf(id), 'RUNNING');
    await executor.updateTaskByRefName('lane', id, 'FAILED', { why: 'flaky' });
    const failed = await reach(id, 'FAILED');
    assert.deepEqual(failed.failedReferenceTaskNames, ['lane']);
    await executor.retry(id, false);
    assert.equal(await statusOf(id), 'RUNNING');
    const done = await withWorkers(() => reach(id, 'COMPLETED'), 'sdk_lifecycle');
    assert.deepEqual(done.output, { doubled: 2, receipt: 'R-C2', lastStep: 3 });
  });

  void it('testWorkflow runs an inline definition, and a registered one by name, with mocks and no workers', async () => {
    const taskRefToMockOutput: WorkflowTestRequest['taskRefToMockOutput'] = {};
    for (const i of [1, 2, 3]) taskRefToMockOutput[`step__${i}`] = [{ status: 'COMPLETED', output: { i } }];
    const inline = await executor.testWorkflow({
      name: 'sdk_parent',
      workflowDef: parent,
      input: { n: 5, kind: 'other' },
      taskRefToMockOutput,
    });
    assert.equal(inline.status, 'COMPLETED');
    assert.deepEqual(inline.output, { doubled: 10, receipt: null, lastStep: 3 });
    // The SDK's own integration scenario: a definition registered beforehand, named in the request.
    const byName = await executor.testWorkflow({
      name: 'sdk_parent',
      input: { n: 4, kind: 'other' },
      taskRefToMockOutput,
    });
    assert.equal(byName.status, 'COMPLETED');
    assert.deepEqual(byName.output, { doubled: 8, receipt: null, lastStep: 3 });
  });
});
