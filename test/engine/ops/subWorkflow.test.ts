import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { subWorkflowId } from '../../../engine/src/execution/tasks/subWorkflowTask';
import { finish, fixture, read, register, start, startHarness, taskOf, type Harness } from './opsHarness';

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(
    h,
    fixture('sub_inline.workflow.json'),
    fixture('sub_by_name.workflow.json'),
    fixture('child_worker.workflow.json'),
    fixture('sub_pinned.workflow.json'),
    fixture('pinned_child_v1.workflow.json'),
  );
});
after(() => h.close());

/** Starts ops_sub_by_name and fails the child's worker task for good; returns the parent and child ids. */
async function failedFamily(): Promise<{ parentId: string; childId: string }> {
  const parentId = await start(h, 'ops_sub_by_name', { child: 'ops_child_worker', order: 7 });
  const childId = taskOf(await read(h, parentId), 'child').subWorkflowId ?? '';
  await finish(h, childId, 'charge', 'FAILED_WITH_TERMINAL_ERROR', { declined: true });
  assert.equal((await read(h, parentId)).status, 'FAILED');
  return { parentId, childId };
}

void describe('§5.9 SUB_WORKFLOW', () => {
  void it('runs an inline workflowDefinition: task input as Conductor builds it, child marked dynamic', async () => {
    const parentId = await start(h, 'ops_sub_inline', { x: 21 });
    const parent = await read(h, parentId);
    assert.equal(parent.status, 'COMPLETED');
    const task = taskOf(parent, 'child');
    assert.equal(task.subWorkflowId, subWorkflowId(parentId, task.taskId, 0), 'deterministic child id');
    assert.equal(task.inputData['subWorkflowName'], 'ops_inline_child');
    assert.equal(task.inputData['subWorkflowVersion'], null);
    assert.equal((task.inputData['subWorkflowDefinition'] as { name: string }).name, 'ops_inline_child');
    assert.deepEqual(task.inputData['workflowInput'], { x: 21 });
    assert.deepEqual(task.outputData, { y: 42, subWorkflowId: task.subWorkflowId });
    const child = await read(h, task.subWorkflowId ?? '');
    assert.deepEqual(child.input, { x: 21, _systemMetadata: { dynamic: true } });
    assert.equal(task.inputData['idempotencyKey'], 'order-21');
    assert.equal((child as { idempotencyKey?: string }).idempotencyKey, 'order-21', 'passed through, not enforced');
  });

  void it('resolves subWorkflowParam expressions (name from the workflow input)', async () => {
    const parentId = await start(h, 'ops_sub_by_name', { child: 'ops_child_worker', order: 7 });
    const task = taskOf(await read(h, parentId), 'child');
    assert.equal(task.inputData['subWorkflowName'], 'ops_child_worker');
    assert.equal(task.inputData['subWorkflowVersion'], 1);
    await finish(h, task.subWorkflowId ?? '', 'charge', 'COMPLETED', { charged: 7 });
    const parent = await read(h, parentId);
    assert.equal(parent.status, 'COMPLETED');
    assert.equal(taskOf(parent, 'child').outputData['charged'], 7);
  });

  void it('pins an unversioned child to the latest version at start, not when the task runs (§2.5, §5.9)', async () => {
    const parentId = await start(h, 'ops_sub_pinned');
    await register(h, fixture('pinned_child_v2.workflow.json'));
    await finish(h, parentId, 'gate');
    const parent = await read(h, parentId);
    assert.equal(parent.status, 'COMPLETED');
    assert.equal(taskOf(parent, 'child').inputData['subWorkflowVersion'], 1);
    assert.equal(taskOf(parent, 'child').outputData['v'], 1);
  });

  void it('POST retry?resumeSubworkflowTasks=true retries the failed child in place (§5.5)', async () => {
    const { parentId, childId } = await failedFamily();
    const res = await h.call('POST', `/api/workflow/${parentId}/retry?resumeSubworkflowTasks=true`);
    assert.equal(res.status, 204, res.text);
    let parent = await read(h, parentId);
    assert.equal(parent.status, 'RUNNING');
    assert.equal(taskOf(parent, 'child').status, 'IN_PROGRESS');
    assert.equal(taskOf(parent, 'child').subWorkflowId, childId, 'no new child');
    assert.equal((await read(h, childId)).status, 'RUNNING');
    await finish(h, childId, 'charge', 'COMPLETED', { charged: 7 });
    parent = await read(h, parentId);
    assert.equal(parent.status, 'COMPLETED');
    assert.equal(parent.tasks.filter((t) => t.referenceTaskName === 'child').length, 1);
  });

  void it('a plain retry starts a new child for a new SUB_WORKFLOW attempt (§5.5)', async () => {
    const { parentId, childId } = await failedFamily();
    const res = await h.call('POST', `/api/workflow/${parentId}/retry`);
    assert.equal(res.status, 204, res.text);
    const task = taskOf(await read(h, parentId), 'child');
    assert.notEqual(task.subWorkflowId, childId);
    assert.equal((await read(h, task.subWorkflowId ?? '')).status, 'RUNNING');
  });

  void it('rerun from the SUB_WORKFLOW task gives it a fresh child with the same input (§5.5)', async () => {
    const { parentId, childId } = await failedFamily();
    const taskId = taskOf(await read(h, parentId), 'child').taskId;
    const res = await h.call('POST', `/api/workflow/${parentId}/rerun`, { reRunFromTaskId: taskId });
    assert.equal(res.status, 200, res.text);
    const task = taskOf(await read(h, parentId), 'child');
    assert.equal(task.status, 'IN_PROGRESS');
    assert.notEqual(task.subWorkflowId, childId);
    assert.deepEqual(task.inputData['workflowInput'], { order: 7 });
    const child = await read(h, task.subWorkflowId ?? '');
    assert.deepEqual(child.input, { order: 7 });
    await finish(h, child.workflowId, 'charge', 'COMPLETED', { charged: 7 });
    assert.equal((await read(h, parentId)).status, 'COMPLETED');
  });

  void it('terminating the parent terminates the running child (§5.9)', async () => {
    const parentId = await start(h, 'ops_sub_by_name', { child: 'ops_child_worker' });
    const childId = taskOf(await read(h, parentId), 'child').subWorkflowId ?? '';
    assert.equal((await h.call('DELETE', `/api/workflow/${parentId}?reason=cancelled%20order`)).status, 200);
    const child = await read(h, childId);
    assert.equal(child.status, 'TERMINATED');
    assert.equal(child.reasonForIncompletion, 'Parent workflow has been terminated');
    assert.equal(taskOf(await read(h, parentId), 'child').status, 'CANCELED');
  });
});
