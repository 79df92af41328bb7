import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { finish, fixture, read, register, start, startHarness, taskOf, type Harness } from './opsHarness';

/**
 * The reasonForIncompletion texts a Conductor user reads on a failed run (reference/conductor.md §5.3, §5.9), checked
 * over HTTP against the engine.
 */

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(h, fixture('sub_by_name.workflow.json'), fixture('child_worker.workflow.json'));
});
after(() => h.close());

void describe('failure reasons as Conductor writes them', () => {
  void it("§5.3 a task failed without a reason ends the run with reason: 'null' (Java's String.format)", async () => {
    const id = await start(h, 'ops_child_worker');
    const taskId = taskOf(await read(h, id), 'charge').taskId;
    await finish(h, id, 'charge', 'FAILED_WITH_TERMINAL_ERROR');
    const run = await read(h, id);
    assert.equal(run.status, 'FAILED');
    assert.equal(run.reasonForIncompletion, `Task ${taskId} failed with status: FAILED and reason: 'null'`);
  });
});
