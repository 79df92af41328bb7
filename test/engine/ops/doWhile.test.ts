import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { finish, fixture, read, register, start, startHarness, taskOf, type Harness } from './opsHarness';

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(
    h,
    fixture('do_while_items.workflow.json'),
    fixture('do_while_orkes_items.workflow.json'),
    fixture('do_while_keep_last.workflow.json'),
    fixture('do_while_variables.workflow.json'),
    fixture('do_while_fork.workflow.json'),
  );
});
after(() => h.close());

const refs = (run: { tasks: { referenceTaskName: string }[] }): string[] => run.tasks.map((t) => t.referenceTaskName);

void describe('§5.8 DO_WHILE items list mode', () => {
  void it('iterates over items with loopIndex/loopItem in the loop output, ref__N per iteration', async () => {
    const run = await read(h, await start(h, 'ops_do_while_items', { list: ['a', 'b', 'c'] }));
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(refs(run), ['each', 'label__1', 'label__2', 'label__3', 'last']);
    const loop = taskOf(run, 'each');
    assert.equal(loop.iteration, 3);
    assert.equal(loop.outputData['loopIndex'], 2);
    assert.equal(loop.outputData['loopItem'], 'c');
    assert.deepEqual(loop.outputData['2'], { label: { result: 'b#1' } });
    assert.deepEqual(taskOf(run, 'last').outputData, { result: 'c#2' }, '${label.output} is the latest iteration');
  });

  void it('stops when the loopCondition turns false even with items left', async () => {
    const run = await read(h, await start(h, 'ops_do_while_items', { list: ['a', 'stop', 'c'], stopAt: 'stop' }));
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(refs(run), ['each', 'label__1', 'label__2', 'last']);
  });

  void it('completes at once with iteration 0 for an empty list', async () => {
    const run = await read(h, await start(h, 'ops_do_while_items', { list: [] }));
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(refs(run), ['each', 'last']);
    assert.deepEqual(taskOf(run, 'each').outputData, { iteration: 0 });
  });

  void it('accepts the Orkes-compatible inputParameters._items with worker tasks in the body', async () => {
    const id = await start(h, 'ops_do_while_orkes_items', { list: [{ n: 1 }, { n: 2 }] });
    assert.deepEqual(taskOf(await read(h, id), 'each').outputData, { iteration: 1, loopIndex: 0, loopItem: { n: 1 } });
    await finish(h, id, 'visit', 'COMPLETED', { seen: 1 });
    assert.deepEqual(taskOf(await read(h, id), 'visit__2').inputData, {});
    await finish(h, id, 'visit', 'COMPLETED', { seen: 2 });
    const run = await read(h, id);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(refs(run), ['each', 'visit__1', 'visit__2']);
    assert.deepEqual(taskOf(run, 'each').outputData['loopItem'], { n: 2 });
  });
});

void describe('§5.8 DO_WHILE keepLastN', () => {
  void it('keeps only the last N iterations: older outputs dropped, their tasks deleted', async () => {
    const run = await read(h, await start(h, 'ops_do_while_keep_last', { max: 5 }));
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(refs(run), ['loop', 'tick__4', 'tock__4', 'tick__5', 'tock__5', 'after']);
    const loop = taskOf(run, 'loop').outputData;
    assert.deepEqual(Object.keys(loop).sort(), ['4', '5', 'iteration']);
    assert.deepEqual(loop['5'], { tick: { result: 50 }, tock: {} });
    assert.deepEqual(taskOf(run, 'after').outputData, { result: 50 });
  });
});

void describe('§5.8 DO_WHILE loopCondition input', () => {
  void it('re-resolves the loop inputParameters for every evaluation (variables set inside the body)', async () => {
    const run = await read(h, await start(h, 'ops_do_while_variables'));
    assert.equal(run.status, 'COMPLETED');
    assert.equal(taskOf(run, 'loop').outputData['iteration'], 3);
    assert.deepEqual(taskOf(run, 'inc__3').outputData, { result: 3 });
  });
});

void describe('§5.7 / §5.8 joins inside a DO_WHILE', () => {
  void it('JOIN and EXCLUSIVE_JOIN wait on the refs of their own iteration (ref__N)', async () => {
    const id = await start(h, 'ops_do_while_fork');
    await finish(h, id, 'left', 'COMPLETED', { side: 'a' });
    let run = await read(h, id);
    assert.deepEqual(taskOf(run, 'join__1').outputData, { left__1: { side: 'a' }, right__1: { result: 'r' } });
    assert.equal(taskOf(run, 'pick__1').status, 'COMPLETED');
    assert.equal(taskOf(run, 'join__2').status, 'IN_PROGRESS', 'iteration 2 waits for its own left__2');
    await finish(h, id, 'left', 'COMPLETED', { side: 'b' });
    run = await read(h, id);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(refs(run).slice(-4), ['join__2', 'route__2', 'on_b__2', 'pick__2']);
  });
});
