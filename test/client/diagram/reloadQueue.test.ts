/**
 * The diagram's workspace re-reads (ReloadQueue): a burst of file events while a read runs costs one more read, not
 * one per event, reads never overlap, and every request is answered by a read that started after it, so the last
 * read to finish always saw the last change. A failed read does not stop the next one.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ReloadQueue } from '../../../client/src/diagram/reloadQueue';

/** A reload whose runs the test ends by hand; records what each run saw of `state`. */
function controlledReload(state: { version: number }): {
  queue: ReloadQueue;
  seen: number[];
  active: () => number;
  finish: (error?: Error) => void;
} {
  const seen: number[] = [];
  const ends: ((error?: Error) => void)[] = [];
  let running = 0;
  const queue = new ReloadQueue(
    () =>
      new Promise<void>((resolve, reject) => {
        running++;
        seen.push(state.version);
        ends.push((error) => {
          running--;
          if (error) reject(error);
          else resolve();
        });
      }),
  );
  return { queue, seen, active: () => running, finish: (error) => ends.shift()?.(error) };
}

/** Lets pending promise callbacks run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

void describe('diagram workspace reloads', () => {
  void it('serve a burst of requests with one more run after the running one, never two at once', async () => {
    const state = { version: 0 };
    const { queue, seen, active, finish } = controlledReload(state);
    const first = queue.request();
    const burst: Promise<void>[] = [];
    for (let i = 1; i <= 50; i++) {
      state.version = i;
      burst.push(queue.request());
    }
    await settle();
    assert.deepEqual(seen, [0], 'the burst waits for the running read');
    finish();
    await first;
    await settle();
    assert.equal(active(), 1);
    assert.deepEqual(seen, [0, 50], 'one more read, and it saw the last change');
    finish();
    await Promise.all(burst);
    assert.equal(active(), 0);
  });

  void it('go on after a failed run, rejecting only the requests it served', async () => {
    const state = { version: 0 };
    const { queue, seen, finish } = controlledReload(state);
    const failing = queue.request();
    state.version = 1;
    const after = queue.request();
    finish(new Error('disk gone'));
    await assert.rejects(failing, /disk gone/);
    await settle();
    finish();
    await after;
    assert.deepEqual(seen, [0, 1]);
    const idle = queue.request();
    finish();
    await idle;
    assert.deepEqual(seen, [0, 1, 1], 'an idle queue runs at once');
  });
});
