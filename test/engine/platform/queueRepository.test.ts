/**
 * Queue semantics of the store: no duplicates, visibility, priority order, leases, atomic pops.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { openStore } from '../../../engine/src/store';
import type { Store } from '../../../engine/src/store';

let store: Store;

beforeEach(() => {
  store = openStore();
});

afterEach(() => store.close());

void describe('queues', () => {
  void it('never queues an id twice in the same queue', () => {
    assert.equal(store.queues.push('q', 't1', { visibleAt: 0 }), true);
    assert.equal(store.queues.push('q', 't1', { visibleAt: 0 }), false);
    assert.equal(store.queues.size('q'), 1);
  });

  void it('pops visible messages only: higher priority first, then earlier visibility, then insertion', () => {
    store.queues.push('q', 'late', { visibleAt: 500 });
    store.queues.push('q', 'a', { visibleAt: 20 });
    store.queues.push('q', 'b', { visibleAt: 10 });
    store.queues.push('q', 'urgent', { visibleAt: 30, priority: 9 });
    store.queues.push('other', 'x', { visibleAt: 0 });
    assert.deepEqual(store.queues.popVisible('q', 10, 100), ['urgent', 'b', 'a']);
    assert.deepEqual(store.queues.popVisible('q', 10, 100), []);
    assert.deepEqual(store.queues.popVisible('q', 10, 500), ['late']);
    assert.deepEqual(store.queues.all(), { other: 1 });
  });

  void it('hands each message to one caller only, whatever the interleaving of concurrent pollers', async () => {
    for (let i = 0; i < 50; i++) store.queues.push('q', `t${i}`, { visibleAt: 0 });
    const pollers = Array.from({ length: 8 }, async () => {
      const got: string[] = [];
      for (;;) {
        await Promise.resolve();
        const ids = store.queues.popVisible('q', 3, 1);
        if (ids.length === 0) return got;
        got.push(...ids);
      }
    });
    const delivered = (await Promise.all(pollers)).flat();
    assert.equal(delivered.length, 50);
    assert.equal(new Set(delivered).size, 50);
  });

  void it('leases popped messages and brings them back unless removed (at-least-once)', () => {
    store.queues.push('q', 'acked', { visibleAt: 0 });
    store.queues.push('q', 'lost', { visibleAt: 0 });
    assert.deepEqual(store.queues.popVisible('q', 2, 100, { leaseMs: 1000 }), ['acked', 'lost']);
    assert.deepEqual(store.queues.popVisible('q', 2, 500), []);
    assert.equal(store.queues.remove('q', 'acked'), true);
    assert.deepEqual(store.queues.popVisible('q', 2, 1100), ['lost']);
  });

  void it('postpones an existing message and reports the next visibility time', () => {
    store.queues.push('q', 't', { visibleAt: 0 });
    store.queues.postpone('q', 't', { visibleAt: 900 });
    store.queues.push('r', 'u', { visibleAt: 300 });
    assert.equal(store.queues.size('q'), 1);
    assert.equal(store.queues.nextVisibleAt('q'), 900);
    assert.equal(store.queues.nextVisibleAt(), 300);
    assert.deepEqual(store.queues.peek('q'), ['t']);
    assert.equal(store.queues.contains('q', 't'), true);
    assert.equal(store.queues.removeEverywhere('t'), 1);
    assert.equal(store.queues.nextVisibleAt('q'), undefined);
  });

  void it('pops nothing for a non-positive count', () => {
    store.queues.push('q', 't', { visibleAt: 0 });
    assert.deepEqual(store.queues.popVisible('q', 0, 10), []);
  });
});
