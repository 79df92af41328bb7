import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  finish,
  fixture,
  read,
  register,
  start,
  startHarness,
  taskOf,
  until,
  type Harness,
  type RunTask,
} from './opsHarness';

/**
 * The reasonForIncompletion texts a Conductor user reads on a failed run (reference/conductor.md §5.3, §5.9), checked
 * over HTTP against the engine.
 */

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(h, fixture('sub_by_name.workflow.json'), fixture('child_worker.workflow.json'));
});
after(() => h.close());

/** Fails the open task `ref` of run `id` with `reason` through POST /api/tasks. */
async function failWith(id: string, ref: string, reason: string, status = 'FAILED'): Promise<void> {
  const taskId = taskOf(await read(h, id), ref).taskId;
  const body = { workflowInstanceId: id, taskId, status, reasonForIncompletion: reason };
  const res = await h.call('POST', '/api/tasks', body);
  assert.equal(res.status, 200, res.text);
}

void describe('failure reasons as Conductor writes them', () => {
  void it("§5.3 a task failed without a reason ends the run with reason: 'null' (Java's String.format)", async () => {
    const id = await start(h, 'ops_child_worker');
    const taskId = taskOf(await read(h, id), 'charge').taskId;
    await finish(h, id, 'charge', 'FAILED_WITH_TERMINAL_ERROR');
    const run = await read(h, id);
    assert.equal(run.status, 'FAILED');
    assert.equal(run.reasonForIncompletion, `Task ${taskId} failed with status: FAILED and reason: 'null'`);
  });

  void it('§5.9 a failed child gives its SUB_WORKFLOW task "Sub workflow <name>.<version>/<id> failure reason: …"', async () => {
    const parentId = await start(h, 'ops_sub_by_name', { child: 'ops_child_worker', order: 1 });
    const childId = taskOf(await read(h, parentId), 'child').subWorkflowId ?? '';
    await failWith(childId, 'charge', 'card declined', 'FAILED_WITH_TERMINAL_ERROR');
    const child = await read(h, childId);
    const parent = await read(h, parentId);
    const task = taskOf(parent, 'child');
    assert.equal(task.status, 'FAILED');
    const expected = `Sub workflow ops_child_worker.1/${childId} failure reason: ${child.reasonForIncompletion ?? ''}`;
    assert.equal(task.reasonForIncompletion, expected);
    assert.equal(
      parent.reasonForIncompletion,
      `Task ${task.taskId} failed with status: FAILED and reason: '${expected}'`,
    );
  });

  void it('§5.9 a terminated child cancels its SUB_WORKFLOW task with the same kind of reason', async () => {
    const parentId = await start(h, 'ops_sub_by_name', { child: 'ops_child_worker', order: 2 });
    const childId = taskOf(await read(h, parentId), 'child').subWorkflowId ?? '';
    assert.equal((await h.call('DELETE', `/api/workflow/${childId}?reason=operator%20stop`)).status, 200);
    const task = taskOf(await read(h, parentId), 'child');
    assert.equal(task.status, 'CANCELED');
    assert.equal(
      task.reasonForIncompletion,
      `Sub workflow ops_child_worker.1/${childId} failure reason: operator stop`,
    );
  });
});

/** A FORK of two worker lanes `left` and `right` (with `lane` merged into both) and its JOIN. */
function forkOfTwo(name: string, lane: Record<string, unknown>): Record<string, unknown> {
  const worker = (ref: string) => ({ name: `ops_${ref}`, taskReferenceName: ref, type: 'SIMPLE', ...lane });
  return {
    name,
    tasks: [
      { name: 'fork', taskReferenceName: 'fork', type: 'FORK_JOIN', forkTasks: [[worker('left')], [worker('right')]] },
      { name: 'join', taskReferenceName: 'join', type: 'JOIN', joinOn: ['left', 'right'] },
    ],
  };
}

void describe('§5.7 JOIN reasons as Join.java writes them', () => {
  void it('names every optional task that completed with errors, space-separated', async () => {
    const workflowDef = forkOfTwo('ops_join_optional', { optional: true, retryCount: 0 });
    const id = await start(h, 'ops_join_optional', {}, { workflowDef });
    await finish(h, id, 'left', 'FAILED');
    await finish(h, id, 'right', 'FAILED');
    const run = await read(h, id);
    const [left, right] = [taskOf(run, 'left'), taskOf(run, 'right')];
    assert.equal(taskOf(run, 'join').status, 'COMPLETED_WITH_ERRORS');
    const reason = `ops_left/${left.taskId} ops_right/${right.taskId} completed with errors`;
    assert.equal(taskOf(run, 'join').reasonForIncompletion, reason);
  });

  void it('joins the reasons of the failed tasks that have one (no blanks for those without)', async () => {
    const workflowDef = forkOfTwo('ops_join_permissive', { permissive: true, retryCount: 0 });
    const id = await start(h, 'ops_join_permissive', {}, { workflowDef });
    await finish(h, id, 'left', 'FAILED');
    await failWith(id, 'right', 'right lane broke');
    const run = await read(h, id);
    assert.equal(taskOf(run, 'join').status, 'FAILED');
    assert.equal(taskOf(run, 'join').reasonForIncompletion, 'right lane broke');
  });
});

void describe('§5.2 failed task names of an ended run (WorkflowExecutorOps complete/terminate)', () => {
  void it('a COMPLETED run lists a task whose earlier attempt FAILED before a retry succeeded', async () => {
    const taskDef = { name: 'ops_flaky', retryCount: 1, retryDelaySeconds: 0, ownerEmail: 'ops@example.com' };
    assert.equal((await h.call('POST', '/api/metadata/taskdefs', [taskDef])).status, 200);
    const workflowDef = { name: 'ops_flaky_run', tasks: [{ name: 'ops_flaky', taskReferenceName: 'flaky' }] };
    const id = await start(h, 'ops_flaky_run', {}, { workflowDef });
    await finish(h, id, 'flaky', 'FAILED');
    await finish(h, id, 'flaky', 'COMPLETED');
    const run = await read(h, id);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(run.failedReferenceTaskNames, ['flaky']);
    assert.deepEqual(run.failedTaskNames, ['ops_flaky']);
  });

  void it('a TIMED_OUT task is not listed as failed', async () => {
    const taskDef = { name: 'ops_silent', retryCount: 0, responseTimeoutSeconds: 1, ownerEmail: 'ops@example.com' };
    assert.equal((await h.call('POST', '/api/metadata/taskdefs', [taskDef])).status, 200);
    const workflowDef = { name: 'ops_silent_run', tasks: [{ name: 'ops_silent', taskReferenceName: 'silent' }] };
    const id = await start(h, 'ops_silent_run', {}, { workflowDef });
    assert.equal((await h.call('GET', '/api/tasks/poll/ops_silent')).status, 200);
    const run = await until(h, async () => {
      const current = await read(h, id);
      return current.status === 'RUNNING' ? undefined : current;
    });
    assert.equal(run.status, 'TIMED_OUT');
    assert.deepEqual(run.failedReferenceTaskNames, []);
  });
});

void describe('§5.3 the new attempt of a failed task', () => {
  void it("keeps the failed attempt's reason and takes the retry delay as its start delay (DeciderService.retry)", async () => {
    const taskDef = { name: 'ops_retried', retryCount: 1, retryDelaySeconds: 5, ownerEmail: 'ops@example.com' };
    assert.equal((await h.call('POST', '/api/metadata/taskdefs', [taskDef])).status, 200);
    const workflowDef = { name: 'ops_retried_run', tasks: [{ name: 'ops_retried', taskReferenceName: 'r' }] };
    const id = await start(h, 'ops_retried_run', {}, { workflowDef });
    await failWith(id, 'r', 'bank offline');
    const attempt = taskOf(await read(h, id), 'r') as RunTask & { startDelayInSeconds?: number; retryCount?: number };
    assert.equal(attempt.status, 'SCHEDULED');
    assert.equal(attempt.retryCount, 1);
    assert.equal(attempt.reasonForIncompletion, 'bank offline');
    assert.equal(attempt.startDelayInSeconds, 5);
    await failWith(id, 'r', 'still offline');
    assert.equal((await read(h, id)).status, 'FAILED');
    assert.equal((await h.call('POST', `/api/workflow/${id}/retry`)).status, 204);
    const rerun = taskOf(await read(h, id), 'r');
    assert.equal(rerun.status, 'SCHEDULED');
    assert.equal(rerun.reasonForIncompletion, undefined, 'a workflow retry starts the attempt without a reason');
  });
});
