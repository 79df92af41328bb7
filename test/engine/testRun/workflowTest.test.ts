/**
 * `POST /api/workflow/test` (conductor-oss WorkflowTestService; reference/conductor.md §1.6 Workflow, §2.6): mocked
 * worker tasks, operators run for real with their mocks dropped, the bounded stop at a task without mocks, and 400s
 * for malformed requests.
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

  void it('tests a registered definition by name and version, without an inline workflowDef', async () => {
    const body = testRequest('two_simple');
    const def = { ...(body['workflowDef'] as Record<string, unknown>), name: 'registered_two_simple', version: 3 };
    assert.equal((await h.call('POST', '/api/metadata/workflow', def)).status, 200);
    delete body['workflowDef'];
    body.taskRefToMockOutput = { task1: [{ output: { key: 'k' } }], task2: [{ output: { done: 1 } }] };
    const run = await runTest(h, { ...body, name: 'registered_two_simple', version: 3 });
    assert.equal(run.status, 'COMPLETED');
    assert.equal(run.workflowVersion, 3);
    assert.deepEqual(run.output, { key: 'k', done: 1 });
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
    [
      'an inline definition that would not register (duplicate references)',
      (b) => {
        const def = b['workflowDef'] as { tasks: { taskReferenceName: string }[] };
        def.tasks.forEach((task) => (task.taskReferenceName = 'same'));
      },
      /should be unique across tasks/,
    ],
    ['a sub-workflow plan that is not an object', (b) => (b['subWorkflowTestRequest'] = { pay: [] }), /pay must be/],
  ];
  void it('answers 400 for a body that is not a JSON object', async () => {
    const answer = await h.call('POST', '/api/workflow/test', [1, 2]);
    assert.equal(answer.status, 400);
    assert.match(answer.text, /WorkflowTestRequest/);
  });
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
