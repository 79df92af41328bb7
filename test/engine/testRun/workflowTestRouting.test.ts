/**
 * `POST /api/workflow/test`, what users test with it (reference/conductor.md §5.3, §5.4, §5.6–§5.9): which branch,
 * loop iterations and fork lanes run for an input, and how failing mocks drive retries, timeouts and sub-workflows.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../exec/engineHarness';
import { runTest, taskStates, testRequest } from './testRunHarness';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

void describe('test runs: routing (§5.6 SWITCH, §1.11 FORK/JOIN, §5.8 DO_WHILE, §1.11 TERMINATE)', () => {
  const withTier = (tier: string) => {
    const body = testRequest('routing');
    body.taskRefToMockOutput = { ...body.taskRefToMockOutput, check: [{ output: { tier } }] };
    return body;
  };

  void it('gold forks two mocked lanes and joins their outputs', async () => {
    const run = await runTest(h, withTier('gold'));
    assert.equal(run.status, 'COMPLETED');
    const refs = taskStates(run);
    for (const state of ['route:COMPLETED', 'ship_fork:COMPLETED', 'ship_a:COMPLETED', 'ship_b:COMPLETED']) {
      assert.ok(refs.includes(state), `${state} in ${refs.join(' ')}`);
    }
    assert.deepEqual(run.output?.['joined'], { ship_a: { carrier: 'A' }, ship_b: { carrier: 'B' } });
  });

  void it('silver loops twice, mocking pack__1 and pack__2, with the INLINE of each iteration run for real', async () => {
    const run = await runTest(h, withTier('silver'));
    assert.equal(run.status, 'COMPLETED');
    const refs = taskStates(run).filter((s) => /^(pack|label)/.test(s));
    assert.deepEqual(refs, [
      'pack_loop:COMPLETED',
      'pack__1:COMPLETED',
      'label__1:COMPLETED',
      'pack__2:COMPLETED',
      'label__2:COMPLETED',
    ]);
    assert.equal(run.output?.['lastLabel'], 'label-2');
  });

  void it('an unknown tier takes the default case and TERMINATE fails the run with its reason', async () => {
    const run = await runTest(h, withTier('bronze'));
    assert.equal(run.status, 'FAILED');
    assert.equal(run.reasonForIncompletion, 'unknown tier');
  });
});

void describe('test runs: failures, retries, timeouts and sub-workflows (§5.3, §5.4, §5.9)', () => {
  void it('a FAILED mock then a COMPLETED one exercises the retry', async () => {
    const run = await runTest(h, testRequest('retries'));
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(taskStates(run), ['flaky:FAILED', 'flaky:COMPLETED']);
    assert.equal(run.tasks?.[1]?.retryCount, 1);
    assert.equal(run.tasks?.[1]?.retriedTaskId, run.tasks?.[0]?.taskId);
    assert.deepEqual(run.output, { attempt: 2 });
  });

  void it('a timed FAILED mock (executionTime) is retried like an untimed one, its attempt back-dated', async () => {
    const body = testRequest('retries');
    body.taskRefToMockOutput = { flaky: [{ status: 'FAILED', executionTime: 2000 }, { status: 'COMPLETED' }] };
    const run = await runTest(h, body);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(taskStates(run), ['flaky:FAILED', 'flaky:COMPLETED']);
    const first = run.tasks?.[0];
    assert.ok(first && (first.endTime ?? 0) - (first.startTime ?? 0) >= 2000, 'the attempt took executionTime');
  });

  void it('failed attempts beyond retryCount fail the run with the task in failedReferenceTaskNames', async () => {
    const body = testRequest('retries');
    body.taskRefToMockOutput = { flaky: [{ status: 'FAILED' }, { status: 'FAILED' }] };
    const run = await runTest(h, body);
    assert.equal(run.status, 'FAILED');
    assert.deepEqual(taskStates(run), ['flaky:FAILED', 'flaky:FAILED']);
    assert.deepEqual(run.failedReferenceTaskNames, ['flaky']);
  });

  void it('FAILED_WITH_TERMINAL_ERROR is not retried', async () => {
    const body = testRequest('retries');
    body.taskRefToMockOutput = { flaky: [{ status: 'FAILED_WITH_TERMINAL_ERROR' }, { status: 'COMPLETED' }] };
    const run = await runTest(h, body);
    assert.equal(run.status, 'FAILED');
    assert.deepEqual(taskStates(run), ['flaky:FAILED_WITH_TERMINAL_ERROR']);
  });

  void it('executionTime back-dates the attempt so the task timeout (TIME_OUT_WF) fires', async () => {
    const run = await runTest(h, testRequest('timed_out'));
    assert.equal(run.status, 'TIMED_OUT');
    assert.equal(run.tasks?.[0]?.status, 'TIMED_OUT');
    const task = run.tasks?.[0];
    assert.ok(task && (task.startTime ?? 0) - (task.scheduledTime ?? 0) >= 1000, 'queueWaitTime before the start');
  });

  void it('drives the child of a SUB_WORKFLOW with its subWorkflowTestRequest', async () => {
    const run = await runTest(h, testRequest('subworkflow'));
    assert.equal(run.status, 'COMPLETED');
    assert.equal(run.output?.['receipt'], 'r-42');
    const childId = run.tasks?.[0]?.subWorkflowId ?? '';
    const child = (await h.call('GET', `/api/workflow/${childId}`)).json as {
      status: string;
      input: Record<string, unknown>;
    };
    assert.equal(child.status, 'COMPLETED');
    assert.equal(child.input['amount'], 42);
  });

  void it('a child without a plan stops the test run (bounded) with the child waiting on its worker', async () => {
    const body = testRequest('subworkflow');
    delete body['subWorkflowTestRequest'];
    const run = await runTest(h, body);
    assert.equal(run.status, 'RUNNING');
    assert.deepEqual(taskStates(run), ['pay:IN_PROGRESS']);
  });
});
