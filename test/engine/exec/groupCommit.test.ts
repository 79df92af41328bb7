import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Executor } from '../../../engine/src/execution/executor';
import { openStore } from '../../../engine/src/store';

void describe('group commit', () => {
  void it('runs operations of one turn in one transaction and isolates a failing one', async () => {
    const store = openStore();
    const executor = new Executor(store);
    try {
      const ok1 = executor.groupCommit.submit(() => {
        store.kv.put('a', 1);
        return 'a';
      });
      const bad = executor.groupCommit.submit(() => {
        store.kv.put('b', 2);
        throw new Error('bad request');
      });
      const ok2 = executor.groupCommit.submit(() => {
        store.kv.put('c', 3);
        return 'c';
      });
      assert.equal(await ok1, 'a');
      await assert.rejects(bad, /bad request/);
      assert.equal(await ok2, 'c');
      assert.equal(store.kv.get('a'), 1);
      assert.equal(store.kv.get('b'), undefined, 'the failing operation left nothing behind');
      assert.equal(store.kv.get('c'), 3);
    } finally {
      store.close();
    }
  });
  void it('resolves only after its batch committed, in submission order', async () => {
    const store = openStore();
    const executor = new Executor(store);
    try {
      const order: number[] = [];
      const all = [1, 2, 3].map((n) => executor.groupCommit.submit(() => n).then((v) => order.push(v)));
      assert.deepEqual(order, []);
      await Promise.all(all);
      assert.deepEqual(order, [1, 2, 3]);
    } finally {
      store.close();
    }
  });
});
