/**
 * `POST /api/workflow/test` (conductor-oss WorkflowTestService; reference/conductor.md §1.6 Workflow, §5.2, §5.3,
 * §5.4, §5.6–§5.9): mocked worker tasks, real operators, retries from successive mocks, sub-workflow plans, and the
 * bounded stop at a task without mocks.
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

void describe('test runs: mocks and stopping (conductor-oss WorkflowTestService)', () => {
  void it('completes mocked tasks and stops, RUNNING, at the first task without a mock', async () => {
    const run = await runTest(h, testRequest('two_simple'));
    assert.equal(run.status, 'RUNNING');
    assert.deepEqual(taskStates(run), ['task1:COMPLETED', 'task2:SCHEDULED']);
    assert.deepEqual(run.tasks?.[0]?.outputData, { key: 'value' });
    assert.deepEqual(run.tasks?.[1]?.inputData, { key: 'value' });
    // A fresh `*` domain keeps real workers off the test run's tasks.
    const domain = run.tasks?.[1]?.domain;
    assert.match(domain ?? '', /^[0-9a-f-]{36}$/);
    assert.equal((await h.call('GET', '/api/tasks/poll/task2')).status, 204);
    assert.equal((await h.call('GET', `/api/workflow/${run.workflowId}`)).status, 200);
  });

  void it('runs to COMPLETED with the output built from the mocks', async () => {
    const body = testRequest('two_simple');
    body.taskRefToMockOutput = { ...body.taskRefToMockOutput, task2: [{ output: { done: true } }] };
    const run = await runTest(h, body);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(run.output, { key: 'value', done: true });
    assert.equal(run.tasks?.[1]?.status, 'COMPLETED', 'status defaults to COMPLETED');
  });

  void it('runs operators for real and drops their mocks (INLINE computes 2 + 3)', async () => {
    const run = await runTest(h, testRequest('operator_mock'));
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(run.output, { sum: 5 });
  });

  void it('stops at a WAIT without a mock in its current state, and a WAIT mock completes it', async () => {
    const started = Date.now();
    const waiting = await runTest(h, testRequest('wait_then_work'));
    assert.ok(Date.now() - started < 3000, 'returns without waiting for the hour');
    assert.equal(waiting.status, 'RUNNING');
    assert.deepEqual(taskStates(waiting), ['hold:IN_PROGRESS']);
    const body = testRequest('wait_then_work');
    body.taskRefToMockOutput = { ...body.taskRefToMockOutput, hold: [{ output: { signal: 'go' } }] };
    const done = await runTest(h, body);
    assert.equal(done.status, 'COMPLETED');
    assert.deepEqual(taskStates(done), ['hold:COMPLETED', 'after_hold:COMPLETED']);
    assert.deepEqual(done.tasks?.[0]?.outputData, { signal: 'go' });
  });
});

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
    const child = (await h.call('GET', `/api/workflow/${childId}`)).json as { status: string; input: unknown };
    assert.equal(child.status, 'COMPLETED');
    assert.deepEqual(child.input, { amount: 42 });
  });

  void it('a child without a plan stops the test run (bounded) with the child waiting on its worker', async () => {
    const body = testRequest('subworkflow');
    delete body['subWorkflowTestRequest'];
    const run = await runTest(h, body);
    assert.equal(run.status, 'RUNNING');
    assert.deepEqual(taskStates(run), ['pay:IN_PROGRESS']);
  });
});

void describe('test runs: bad requests (§2.6)', () => {
  const cases: [string, (body: Record<string, unknown>) => void, RegExp][] = [
    ['a mock list that is not a list', (b) => (b['taskRefToMockOutput'] = { task1: {} }), /task1 must be a list/],
    [
      'an unknown mock status',
      (b) => (b['taskRefToMockOutput'] = { task1: [{ status: 'DONE' }] }),
      /DONE.* is not a task result status/,
    ],
    ['a negative executionTime', (b) => (b['taskRefToMockOutput'] = { task1: [{ executionTime: -1 }] }), /0 or more/],
    ['a missing name and definition', (b) => (delete b['name'], delete b['workflowDef']), /Validation failed/],
  ];
  for (const [what, spoil, message] of cases) {
    void it(`answers 400 for ${what}`, async () => {
      const body = testRequest('two_simple');
      spoil(body);
      const answer = await h.call('POST', '/api/workflow/test', body);
      assert.equal(answer.status, 400);
      assert.match(answer.text, message);
    });
  }
});
