/**
 * TERMINATE and SET_VARIABLE over HTTP (reference/conductor.md §1.11, §4.3): TERMINATE(COMPLETED) inside a fork
 * ends the run at once with its workflowOutput (a map as is, any other value as `{output: value}`) and cancels the
 * other lane; SET_VARIABLE merges into `workflow.variables`, seen by later tasks, and refuses more than 256 KB.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Harness } from '../exec/engineHarness';
import { runToEnd, settle, startSuite, taskOf } from './systemTaskHarness';

let h: Harness;
before(async () => {
  h = await startSuite();
});
after(() => h.close());

void describe('§1.11 TERMINATE', () => {
  void it('completes the run with a map workflowOutput as its output and cancels the parked lane', async () => {
    const run = await runToEnd(h, 'st_terminate_in_fork', { result: { order: 'o-1', ok: true } });
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(run.output, { order: 'o-1', ok: true });
    assert.deepEqual(taskOf(run, 'finish_early').outputData, { order: 'o-1', ok: true });
    assert.equal(taskOf(run, 'park').status, 'CANCELED');
    assert.deepEqual(run.variables, { stage: 'done' });
    // WorkflowExecutorOps.endExecution keeps the terminationReason on a COMPLETED run too.
    assert.equal(run.reasonForIncompletion, 'enough');
  });

  void it('gives a blank terminationReason the default "Workflow is <status> by TERMINATE task: <id>"', async () => {
    for (const terminationStatus of ['FAILED', 'COMPLETED']) {
      const name = `st_terminate_no_reason_${terminationStatus}`;
      const tasks = [
        { name: 'stop', taskReferenceName: 'stop', type: 'TERMINATE', inputParameters: { terminationStatus } },
      ];
      const answer = await h.call('POST', '/api/workflow', { name, workflowDef: { name, tasks } });
      assert.equal(answer.status, 200, answer.text);
      const run = await settle(h, answer.text);
      assert.equal(run.status, terminationStatus);
      const reason = `Workflow is ${terminationStatus} by TERMINATE task: ${taskOf(run, 'stop').taskId}`;
      assert.equal(run.reasonForIncompletion, reason);
    }
  });

  void it('wraps a workflowOutput that is not a map as {output: value}', async () => {
    const run = await runToEnd(h, 'st_terminate_in_fork', { result: 'plain' });
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(run.output, { output: 'plain' });
  });
});

void describe('§1.11 SET_VARIABLE', () => {
  void it('merges into the definition variables; a later task sees the earlier value', async () => {
    const run = await runToEnd(h, 'st_set_variable', { blob: 'small' });
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(run.variables, { keep: 'me', count: 2, blob: 'small', seen: 1 });
    assert.deepEqual(run.output, { variables: run.variables });
  });

  void it('fails FAILED_WITH_TERMINAL_ERROR above 256 KB of variables, leaving them unchanged', async () => {
    const run = await runToEnd(h, 'st_set_variable', { blob: 'x'.repeat(300 * 1024) });
    assert.equal(run.status, 'FAILED');
    const first = taskOf(run, 'first_set');
    assert.equal(first.status, 'FAILED_WITH_TERMINAL_ERROR');
    assert.match(first.reasonForIncompletion ?? '', /greater than the permissible limit: 262144 bytes/);
    assert.deepEqual(run.variables, { keep: 'me', count: 0 });
  });
});
