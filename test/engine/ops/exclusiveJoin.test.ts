import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { finish, fixture, read, register, start, startHarness, taskOf, type Harness, type RunTask } from './opsHarness';

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(h, fixture('exclusive_join.workflow.json'));
});
after(() => h.close());

void describe('§1.11 EXCLUSIVE_JOIN', () => {
  void it('joins on the branch that ran and takes its output; input is joinOn + defaultExclusiveJoinTask', async () => {
    const id = await start(h, 'ops_exclusive_join', { route: 'a' });
    await finish(h, id, 'task_a', 'COMPLETED', { from: 'a' });
    const run = await read(h, id);
    const join = taskOf(run, 'exclusive');
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(join.inputData, { joinOn: ['task_a', 'task_b'], defaultExclusiveJoinTask: ['task_c'] });
    assert.deepEqual(join.outputData, { from: 'a' });
    assert.deepEqual(run.output, { from: 'a' });
    // §5.7 ExclusiveJoinTaskMapper names the task after its type.
    assert.equal((join as { taskDefName?: string }).taskDefName, 'EXCLUSIVE_JOIN');
  });

  void it('joins on a synchronous branch (INLINE) in the same decision', async () => {
    const run = await read(h, await start(h, 'ops_exclusive_join', { route: 'b' }));
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(taskOf(run, 'exclusive').outputData, { result: { from: 'b' } });
  });

  void it('falls back to defaultExclusiveJoinTask when no joinOn task was scheduled', async () => {
    const id = await start(h, 'ops_exclusive_join', { route: 'other' });
    await finish(h, id, 'task_c', 'COMPLETED', { from: 'default' });
    const run = await read(h, id);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(taskOf(run, 'exclusive').outputData, { from: 'default' });
  });

  void it('fails with the joined task reason when a permissive joined task failed (built-in: no retry)', async () => {
    const id = await start(h, 'ops_exclusive_join', { route: 'a' });
    const res = await h.call('POST', '/api/tasks', {
      workflowInstanceId: id,
      taskId: taskOf(await read(h, id), 'task_a').taskId,
      status: 'FAILED_WITH_TERMINAL_ERROR',
      reasonForIncompletion: 'card declined',
    });
    assert.equal(res.status, 200, res.text);
    const run = await read(h, id);
    const join = taskOf(run, 'exclusive');
    assert.equal(join.status, 'FAILED');
    assert.equal(join.reasonForIncompletion, 'card declined');
    assert.equal(run.status, 'FAILED');
  });

  void it('§5.5 a workflow retry reopens the failed EXCLUSIVE_JOIN in place as its next attempt', async () => {
    const id = await start(h, 'ops_exclusive_join', { route: 'a' });
    await finish(h, id, 'task_a', 'FAILED_WITH_TERMINAL_ERROR');
    const failedJoin = taskOf(await read(h, id), 'exclusive');
    assert.equal((await h.call('POST', `/api/workflow/${id}/retry`)).status, 204);
    const reopened = taskOf(await read(h, id), 'exclusive') as RunTask & { retryCount?: number };
    assert.equal(reopened.taskId, failedJoin.taskId, 'the same task (taskToBeRescheduled), not a copy');
    assert.equal(reopened.status, 'IN_PROGRESS');
    assert.equal(reopened.retryCount, 1);
    await finish(h, id, 'task_a', 'COMPLETED', { from: 'a' });
    const run = await read(h, id);
    assert.equal(run.status, 'COMPLETED');
    assert.equal(run.tasks.filter((t) => t.referenceTaskName === 'exclusive').length, 1);
  });
});
