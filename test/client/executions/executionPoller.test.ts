/**
 * Polling of the Executions view: only while visible and while there is something to watch, with a doubling
 * delay after failures (capped). Waits on the poller's own polls, with a bounded timeout, never on sleeps.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ExecutionPoller, MAX_BACKOFF_MS, nextPollDelay } from '../../../client/src/views/executions/executionPoller';

void describe('poll delay', () => {
  void it('doubles after each failure and stops at the cap', () => {
    assert.deepEqual(
      [0, 1, 2, 3].map((failures) => nextPollDelay(failures, 1_000)),
      [1_000, 2_000, 4_000, 8_000],
    );
    assert.equal(nextPollDelay(20, 1_000), MAX_BACKOFF_MS);
  });
});

void describe('poller', () => {
  void it('polls only while visible and wanted, and stops when hidden', async () => {
    let wanted = true;
    let polls = 0;
    let reached: () => void = () => undefined;
    const third = new Promise<void>((resolve) => (reached = resolve));
    const poller = new ExecutionPoller(
      {
        wantsPolling: () => wanted,
        poll: () => {
          polls += 1;
          if (polls === 3) {
            poller.setVisible(false);
            reached();
          }
          return Promise.resolve(true);
        },
      },
      1,
    );
    assert.equal(poller.scheduled, false, 'a hidden view is not polled');
    poller.setVisible(true);
    assert.equal(poller.scheduled, true);
    await bounded(third, 'three polls');
    assert.equal(poller.scheduled, false, 'hidden after the third poll: nothing scheduled');
    wanted = false;
    poller.setVisible(true);
    assert.equal(poller.scheduled, false, 'nothing running and no error: no polling');
    wanted = true;
    poller.kick();
    assert.equal(poller.scheduled, true, 'a new running execution starts polling again');
    poller.dispose();
    assert.equal(poller.scheduled, false);
  });
});

function bounded<T>(promise: Promise<T>, what: string, ms = 5_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
