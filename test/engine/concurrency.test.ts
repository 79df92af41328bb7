/**
 * Several workers long-poll the same queue concurrently over HTTP while workflows are being started: every task
 * is delivered exactly once and every workflow completes (reference/conductor.md §5.5 poll).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from './exec/engineHarness';

const WORKFLOWS = 60;
const WORKERS = 5;
const DEF = {
  name: 'concurrent',
  version: 1,
  tasks: [
    { name: 'shared_queue', taskReferenceName: 'a', type: 'SIMPLE' },
    { name: 'shared_queue', taskReferenceName: 'b', type: 'SIMPLE' },
  ],
};

let h: Harness;
before(async () => {
  h = await startHarness();
  await h.call('POST', '/api/metadata/taskdefs', [{ name: 'shared_queue', retryCount: 0, ownerEmail: 'a@b.c' }]);
  await h.call('POST', '/api/metadata/workflow', DEF);
});
after(() => h.close());

interface Polled {
  taskId: string;
  workflowInstanceId: string;
}

async function worker(name: string, deliveries: string[], done: () => boolean): Promise<void> {
  while (!done()) {
    const res = await h.call('GET', `/api/tasks/poll/batch/shared_queue?workerid=${name}&count=3&timeout=200`);
    for (const task of res.json as Polled[]) {
      deliveries.push(task.taskId);
      const result = { workflowInstanceId: task.workflowInstanceId, taskId: task.taskId, status: 'COMPLETED' };
      assert.equal((await h.call('POST', '/api/tasks', result)).status, 200);
    }
  }
}

void describe('concurrent workers on one queue', () => {
  void it('deliver each task once and complete every workflow', async () => {
    const deliveries: string[] = [];
    const expected = WORKFLOWS * DEF.tasks.length;
    const deadline = Date.now() + 60_000;
    const done = (): boolean => deliveries.length >= expected || Date.now() > deadline;
    const workers = Array.from({ length: WORKERS }, (_, i) => worker(`w${i}`, deliveries, done));
    const ids = await Promise.all(
      Array.from({ length: WORKFLOWS }, async (_, i) => (await h.call('POST', '/api/workflow/concurrent', { i })).text),
    );
    await Promise.all(workers);
    assert.equal(deliveries.length, expected, 'every task delivered');
    assert.equal(new Set(deliveries).size, deliveries.length, 'no task delivered twice');
    for (const id of ids) {
      const wf = (await h.call('GET', `/api/workflow/${id}`)).json as {
        status: string;
        tasks: { pollCount: number }[];
      };
      assert.equal(wf.status, 'COMPLETED');
      assert.deepEqual(
        wf.tasks.map((t) => t.pollCount),
        [1, 1],
      );
    }
  });
});
