import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { finish, fixture, read, register, start, startHarness, taskOf, type Harness } from './opsHarness';

/**
 * §5.5 retry, restart and rerun of a sub-workflow itself (not through its parent): Conductor reopens the parents
 * (WorkflowExecutorOps.updateAndPushParents) — the SUB_WORKFLOW task goes back to IN_PROGRESS, the parent to RUNNING,
 * its CANCELED tasks back to work — so the child's new outcome reaches the parent.
 */

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(h, fixture('sub_by_name.workflow.json'), fixture('child_worker.workflow.json'));
});
after(() => h.close());

/** Starts ops_sub_by_name and fails the child's worker task for good; returns the parent and child ids. */
async function failedFamily(order: number): Promise<{ parentId: string; childId: string }> {
  const parentId = await start(h, 'ops_sub_by_name', { child: 'ops_child_worker', order });
  const childId = taskOf(await read(h, parentId), 'child').subWorkflowId ?? '';
  await finish(h, childId, 'charge', 'FAILED_WITH_TERMINAL_ERROR');
  assert.equal((await read(h, parentId)).status, 'FAILED');
  return { parentId, childId };
}

/** The parent is open again on the same child, and completes once the child does. */
async function parentFollowsChild(parentId: string, childId: string): Promise<void> {
  let parent = await read(h, parentId);
  assert.equal(parent.status, 'RUNNING');
  assert.equal(parent.reasonForIncompletion, undefined);
  assert.equal(taskOf(parent, 'child').status, 'IN_PROGRESS');
  assert.equal(taskOf(parent, 'child').subWorkflowId, childId);
  await finish(h, childId, 'charge', 'COMPLETED', { charged: 3 });
  parent = await read(h, parentId);
  assert.equal(parent.status, 'COMPLETED');
  assert.equal(taskOf(parent, 'child').outputData['charged'], 3);
}

void describe('§5.5 operations on a child reopen its parents', () => {
  void it('POST /workflow/{child}/retry', async () => {
    const { parentId, childId } = await failedFamily(1);
    assert.equal((await h.call('POST', `/api/workflow/${childId}/retry`)).status, 204);
    await parentFollowsChild(parentId, childId);
  });

  void it('POST /workflow/{child}/restart', async () => {
    const { parentId, childId } = await failedFamily(2);
    assert.equal((await h.call('POST', `/api/workflow/${childId}/restart`)).status, 204);
    await parentFollowsChild(parentId, childId);
  });

  void it('POST /workflow/{child}/rerun', async () => {
    const { parentId, childId } = await failedFamily(3);
    const res = await h.call('POST', `/api/workflow/${childId}/rerun`, { reRunFromWorkflowId: childId });
    assert.equal(res.status, 200, res.text);
    await parentFollowsChild(parentId, childId);
  });

  void it('POST /workflow/{parent}/rerun from a task id of the child reruns the child from it (rerunWF)', async () => {
    const { parentId, childId } = await failedFamily(5);
    const charge = taskOf(await read(h, childId), 'charge');
    const body = { reRunFromTaskId: charge.taskId, taskInput: { amount: 5 } };
    const res = await h.call('POST', `/api/workflow/${parentId}/rerun`, body);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.text, parentId);
    const rerun = taskOf(await read(h, childId), 'charge');
    assert.equal(rerun.taskId, charge.taskId, 'the same task, reset in place');
    assert.equal(rerun.status, 'SCHEDULED');
    assert.deepEqual(rerun.inputData, { amount: 5 });
    await parentFollowsChild(parentId, childId);
  });

  void it('a retried child in a fork lane brings back the canceled lane and JOIN of its parent', async () => {
    const workflowDef = {
      name: 'ops_fork_child',
      tasks: [
        {
          name: 'fork',
          taskReferenceName: 'fork',
          type: 'FORK_JOIN',
          forkTasks: [
            [{ ...fixture<{ tasks: object[] }>('sub_by_name.workflow.json').tasks[0] }],
            [{ name: 'ops_side', taskReferenceName: 'side', type: 'SIMPLE' }],
          ],
        },
        { name: 'join', taskReferenceName: 'join', type: 'JOIN', joinOn: ['child', 'side'] },
      ],
    };
    const parentId = await start(h, 'ops_fork_child', { child: 'ops_child_worker', order: 4 }, { workflowDef });
    const childId = taskOf(await read(h, parentId), 'child').subWorkflowId ?? '';
    await finish(h, childId, 'charge', 'FAILED_WITH_TERMINAL_ERROR');
    let parent = await read(h, parentId);
    assert.equal(parent.status, 'FAILED');
    assert.equal(taskOf(parent, 'side').status, 'CANCELED');
    assert.equal((await h.call('POST', `/api/workflow/${childId}/retry`)).status, 204);
    parent = await read(h, parentId);
    assert.equal(parent.status, 'RUNNING');
    assert.equal(taskOf(parent, 'side').status, 'SCHEDULED');
    assert.equal(taskOf(parent, 'join').status, 'IN_PROGRESS');
    await finish(h, parentId, 'side', 'COMPLETED', { side: true });
    await finish(h, childId, 'charge', 'COMPLETED', { charged: 4 });
    parent = await read(h, parentId);
    assert.equal(parent.status, 'COMPLETED');
    assert.deepEqual(taskOf(parent, 'join').outputData, {
      child: { charged: 4, subWorkflowId: childId },
      side: { side: true },
    });
  });
});
