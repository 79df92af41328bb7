/**
 * WAIT and HUMAN over HTTP (reference/conductor.md §1.11 WAIT/HUMAN, §3.3 task update): `until` (an expression,
 * so it is checked at run time) in the past, the future or unparsable, the signal form completed by a task update,
 * and HUMAN waiting for its update. WAIT `duration` is covered in test/engine/exec/timers.test.ts; `duration` with
 * `until` cannot register (§2.3).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Harness } from '../exec/engineHarness';
import { load, refsOf, runToEnd, settle, start, startSuite, taskOf } from './systemTaskHarness';

let h: Harness;
before(async () => {
  h = await startSuite();
});
after(() => h.close());

/** Completes (or fails) the open task `ref` of run `id` through `POST /api/tasks`, as a UI or service would. */
async function update(id: string, ref: string, status: string, outputData: Record<string, unknown>): Promise<void> {
  const task = taskOf(await load(h, id), ref);
  const result = { workflowInstanceId: id, taskId: task.taskId, status, outputData, reasonForIncompletion: 'said no' };
  assert.equal((await h.call('POST', '/api/tasks', result)).status, 200);
}

const inProgress = (ref: string) => (run: { tasks?: { referenceTaskName?: string; status?: string }[] }) =>
  (run.tasks ?? []).some((t) => t.referenceTaskName === ref && t.status === 'IN_PROGRESS');

void describe('§1.11 WAIT until', () => {
  void it('completes a WAIT whose until is in the past, and the run goes on', async () => {
    const run = await runToEnd(h, 'st_wait_until', { until: '2020-01-01 00:00 UTC' });
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(refsOf(run), ['hold', 'after_hold']);
  });

  void it('keeps a WAIT until a future date IN_PROGRESS', async () => {
    const id = await start(h, 'st_wait_until', { until: '2999-01-01 00:00 UTC' });
    const run = await settle(h, id, inProgress('hold'));
    assert.equal(run.status, 'RUNNING');
    assert.equal(taskOf(run, 'hold').status, 'IN_PROGRESS');
  });

  void it('fails an unparsable until with the value in the reason', async () => {
    const run = await runToEnd(h, 'st_wait_until', { until: 'next tuesday' });
    const hold = taskOf(run, 'hold');
    assert.equal(hold.status, 'FAILED_WITH_TERMINAL_ERROR');
    // conductor-oss WaitTaskMapper.setCallbackAfter's message (two spaces included).
    assert.equal(hold.reasonForIncompletion, 'Invalid/Unsupported Wait Until format.  Provided: next tuesday');
  });
});

void describe('§1.11 WAIT signal and HUMAN: completed from outside', () => {
  void it('a WAIT without duration or until waits for a task update and passes its output on', async () => {
    const id = await start(h, 'st_wait_signal');
    await settle(h, id, inProgress('await_signal'));
    await update(id, 'await_signal', 'COMPLETED', { carrier: 'DHL' });
    const run = await settle(h, id);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(run.output, { carrier: 'DHL' });
  });

  void it('HUMAN stays IN_PROGRESS, is never polled, and its update drives the SWITCH after it', async () => {
    const id = await start(h, 'st_human', { order: 'o-7' });
    const waiting = await settle(h, id, inProgress('approve'));
    assert.deepEqual(taskOf(waiting, 'approve').inputData, { order: 'o-7' });
    assert.equal((await h.call('GET', '/api/tasks/poll/HUMAN')).status, 204);
    await update(id, 'approve', 'COMPLETED', { approved: true });
    const run = await settle(h, id);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(refsOf(run), ['approve', 'on_decision', 'ship']);
    assert.deepEqual(run.output, { shipped: true });
  });

  void it('a refused HUMAN routes to TERMINATE(TERMINATED) with its reason', async () => {
    const id = await start(h, 'st_human', { order: 'o-8' });
    await settle(h, id, inProgress('approve'));
    await update(id, 'approve', 'COMPLETED', { approved: false });
    const run = await settle(h, id);
    assert.equal(run.status, 'TERMINATED');
    assert.equal(run.reasonForIncompletion, 'not approved');
  });
});
