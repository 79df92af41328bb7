import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { finish, fixture, read, register, start, startHarness, taskOf, type Harness } from './opsHarness';

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(h, fixture('dynamic.workflow.json'));
});
after(() => h.close());

void describe('§1.11 DYNAMIC', () => {
  void it('runs the worker task named by dynamicTaskNameParam, polled by that name', async () => {
    const id = await start(h, 'ops_dynamic', { task: 'ship_fedex', payload: 1 });
    const task = taskOf(await read(h, id), 'dispatch');
    assert.equal(task.taskType, 'ship_fedex');
    assert.equal((task as { workflowTask?: { type?: string } }).workflowTask?.type, 'DYNAMIC');
    assert.equal(task.status, 'SCHEDULED');
    assert.equal(task.inputData['taskToExecute'], 'ship_fedex');
    const polled = await h.call('GET', '/api/tasks/poll/ship_fedex?workerid=w1');
    assert.equal((polled.json as { taskId: string }).taskId, task.taskId);
    await finish(h, id, 'dispatch', 'COMPLETED', { shipped: true });
    const run = await read(h, id);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(run.output, { shipped: true });
  });

  void it('runs a system task type named by the parameter (INLINE) in place', async () => {
    const run = await read(h, await start(h, 'ops_dynamic', { task: 'INLINE', payload: 41 }));
    const task = taskOf(run, 'dispatch');
    assert.equal(task.taskType, 'INLINE');
    assert.deepEqual(task.outputData, { result: 42 });
    assert.equal(run.status, 'COMPLETED');
  });

  void it("fails the workflow with Conductor's reason when the name is missing", async () => {
    const run = await read(h, await start(h, 'ops_dynamic', { payload: 1 }));
    assert.equal(run.status, 'FAILED');
    assert.match(
      run.reasonForIncompletion ?? '',
      /^Cannot map a dynamic task based on the parameter and input\. Parameter= taskToExecute, input= \{taskToExecute=null, /,
    );
  });
});
