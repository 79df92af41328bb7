import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, read, register, start, startHarness, type Harness } from './opsHarness';

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(h, fixture('failure_without_handler.workflow.json'));
});
after(() => h.close());

void describe('§5.5 failure workflow that cannot start', () => {
  void it('notes why in the failed run output instead of pointing at a run that does not exist', async () => {
    const run = await read(h, await start(h, 'ops_failure_without_handler'));
    assert.equal(run.status, 'FAILED');
    assert.equal(run.reasonForIncompletion, 'bad order');
    assert.equal(
      run.output['conductor.failure_workflow'],
      'Error workflow ops_missing_failure_handler failed to start.  reason: ' +
        'No such workflow defined. name=ops_missing_failure_handler, version=null',
    );
  });
});
