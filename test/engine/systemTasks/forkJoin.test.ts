/**
 * FORK_JOIN and JOIN over HTTP with worker lanes (reference/conductor.md §1.11 FORK_JOIN/JOIN, §5.7): the FORK task
 * completes at once, each lane runs on its own, the JOIN waits for its joinOn tasks and outputs their outputs by
 * reference; a failed non-optional lane fails the JOIN and the run.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Harness } from '../exec/engineHarness';
import { load, settle, start, startSuite, taskOf, work } from './systemTaskHarness';

let h: Harness;
before(async () => {
  h = await startSuite();
});
after(() => h.close());

const states = (run: { tasks?: { referenceTaskName?: string; taskType?: string; status?: string }[] }) =>
  (run.tasks ?? []).map((t) => `${t.referenceTaskName}/${t.taskType}:${t.status}`);

void describe('§5.7 FORK_JOIN and JOIN', () => {
  void it('forks (FORK COMPLETED), joins once every joinOn task ended, with their outputs by reference', async () => {
    const id = await start(h, 'st_fork_join');
    const forked = await load(h, id);
    assert.deepEqual(states(forked), [
      'split/FORK:COMPLETED',
      'lane_a/st_lane_a:SCHEDULED',
      'lane_b/st_lane_b:SCHEDULED',
      'merge/JOIN:IN_PROGRESS',
    ]);
    await work(h, 'st_lane_a', 'COMPLETED', { a: 1 });
    const half = await load(h, id);
    assert.equal(taskOf(half, 'merge').status, 'IN_PROGRESS', 'the JOIN waits for the other lane');
    await work(h, 'st_lane_b', 'COMPLETED', { n: 21 });
    const run = await settle(h, id);
    assert.equal(run.status, 'COMPLETED');
    const joined = { lane_a: { a: 1 }, lane_b_total: { result: 42 } };
    assert.deepEqual(taskOf(run, 'merge').outputData, joined);
    assert.deepEqual(run.output, { joined });
  });

  void it('fails the JOIN and the run when a non-optional lane fails (no retries left)', async () => {
    const id = await start(h, 'st_fork_join');
    await work(h, 'st_lane_a', 'FAILED');
    const run = await settle(h, id);
    assert.equal(run.status, 'FAILED');
    assert.equal(taskOf(run, 'lane_a').status, 'FAILED');
    assert.equal(taskOf(run, 'lane_b').status, 'CANCELED', 'the other lane is canceled');
    assert.ok(['FAILED', 'CANCELED'].includes(taskOf(run, 'merge').status ?? ''));
    assert.deepEqual(run.failedReferenceTaskNames, ['lane_a']);
    assert.match(run.reasonForIncompletion ?? '', /st_lane_a could not finish/);
  });
});
