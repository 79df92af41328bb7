import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, startHarness, type Harness } from './engineHarness';

let h: Harness;
before(async () => {
  h = await startHarness();
  for (const name of ['two_workers', 'system_only']) {
    const res = await h.call('POST', '/api/metadata/workflow', fixture(`${name}.workflow.json`));
    assert.equal(res.status, 200, res.text);
  }
});
after(() => h.close());

void describe('smoke', () => {
  void it('runs a system-only workflow to COMPLETED at start', async () => {
    const start = await h.call('POST', '/api/workflow/system_only', { kind: 'a', count: 3 });
    assert.equal(start.status, 200, start.text);
    const wf = await h.call('GET', `/api/workflow/${start.text}`);
    const body = wf.json as { status: string; output: unknown; tasks: { referenceTaskName: string; status: string }[] };
    assert.equal(body.status, 'COMPLETED', JSON.stringify(body, null, 1));
    assert.deepEqual(body.output, { kind: 'a', vars: { count: 3, left: true }, joined: {} });
    assert.deepEqual(
      body.tasks.map((t) => t.referenceTaskName),
      ['setv', 'route', 'noop_a', 'fork', 'left', 'right', 'join', 'last'],
    );
  });
  void it('runs two worker tasks through poll and update', async () => {
    const start = await h.call('POST', '/api/workflow/two_workers', { name: 'ann' });
    const id = start.text;
    const poll1 = await h.call('GET', '/api/tasks/poll/exec_first?workerid=w1');
    assert.equal(poll1.status, 200, poll1.text);
    const t1 = poll1.json as { taskId: string; inputData: unknown; status: string };
    assert.deepEqual(t1.inputData, { name: 'ann' });
    assert.equal(t1.status, 'IN_PROGRESS');
    const upd = await h.call('POST', '/api/tasks', {
      workflowInstanceId: id,
      taskId: t1.taskId,
      status: 'COMPLETED',
      outputData: { n: 7 },
    });
    assert.equal(upd.text, t1.taskId);
    const poll2 = await h.call('GET', '/api/tasks/poll/batch/exec_second?workerid=w1&count=5&timeout=200');
    const [t2] = poll2.json as { taskId: string; inputData: Record<string, unknown> }[];
    assert.ok(t2);
    assert.deepEqual(t2.inputData, { n: 7, id: t2.taskId });
    await h.call('POST', '/api/tasks', {
      workflowInstanceId: id,
      taskId: t2.taskId,
      status: 'COMPLETED',
      outputData: { greeting: 'hi ann' },
    });
    const wf = (await h.call('GET', `/api/workflow/${id}`)).json as { status: string; output: unknown };
    assert.equal(wf.status, 'COMPLETED');
    assert.deepEqual(wf.output, { greeting: 'hi ann', first: 7 });
  });
});
