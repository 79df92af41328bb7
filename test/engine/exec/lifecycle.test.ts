import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, startHarness, type Answer, type Harness } from './engineHarness';

interface Wf {
  status: string;
  reasonForIncompletion?: string;
  output: Record<string, unknown>;
  tasks: {
    taskId: string;
    referenceTaskName: string;
    status: string;
    retryCount: number;
    inputData: Record<string, unknown>;
  }[];
}

let h: Harness;
before(async () => {
  h = await startHarness();
  for (const name of ['two_workers', 'wait_signal']) {
    assert.equal((await h.call('POST', '/api/metadata/workflow', fixture(`${name}.workflow.json`))).status, 200);
  }
  const fixed = {
    ...fixture<Record<string, unknown>>('two_workers.workflow.json'),
    name: 'not_restartable',
    restartable: false,
  };
  assert.equal((await h.call('POST', '/api/metadata/workflow', fixed)).status, 200);
  await h.call('POST', '/api/metadata/taskdefs', [
    { name: 'exec_first', retryCount: 0, responseTimeoutSeconds: 60, ownerEmail: 't@e.com' },
  ]);
});
after(() => h.close());

const message = (answer: Answer): string => (answer.json as { message: string }).message;
const get = async (id: string): Promise<Wf> => (await h.call('GET', `/api/workflow/${id}`)).json as Wf;
const start = async (name = 'two_workers', input: unknown = { name: 'n' }): Promise<string> =>
  (await h.call('POST', `/api/workflow/${name}`, input)).text;

/**
 * Reports `status` for the open task `ref` of run `id` (a worker may update a task it has not polled); tests share
 * queues, so polling could pick another test's task.
 */
async function work(
  id: string,
  ref: string,
  status: string,
  outputData: unknown = {},
  reason?: string,
): Promise<string> {
  const task = (await get(id)).tasks.find(
    (t) => t.referenceTaskName === ref && ['SCHEDULED', 'IN_PROGRESS'].includes(t.status),
  );
  assert.ok(task, `an open ${ref} task`);
  const result = { workflowInstanceId: id, taskId: task.taskId, status, outputData, reasonForIncompletion: reason };
  assert.equal((await h.call('POST', '/api/tasks', result)).status, 200);
  return task.taskId;
}

async function failedRun(): Promise<string> {
  const id = await start();
  await work(id, 'first', 'FAILED', {}, 'broken');
  assert.equal((await get(id)).status, 'FAILED');
  return id;
}

void describe('§5.5 pause and resume', () => {
  void it('pauses (no-op when paused), blocks scheduling, resumes; 500 when resuming a running run', async () => {
    const id = await start();
    assert.equal((await h.call('PUT', `/api/workflow/${id}/pause`)).status, 200);
    assert.equal((await h.call('PUT', `/api/workflow/${id}/pause`)).status, 200);
    await work(id, 'first', 'COMPLETED', { n: 1 });
    const paused = await get(id);
    assert.equal(paused.status, 'PAUSED');
    assert.deepEqual(
      paused.tasks.map((t) => t.referenceTaskName),
      ['first'],
    );
    assert.equal((await h.call('PUT', `/api/workflow/${id}/resume`)).status, 200);
    assert.deepEqual(
      (await get(id)).tasks.map((t) => t.referenceTaskName),
      ['first', 'second'],
    );
    const again = await h.call('PUT', `/api/workflow/${id}/resume`);
    assert.equal(again.status, 500);
    assert.equal(message(again), `The workflow ${id} is not PAUSED so cannot resume. Current status is RUNNING`);
  });
  void it('answers 409 when pausing an ended run and 404 for unknown ids', async () => {
    const id = await start();
    await h.call('DELETE', `/api/workflow/${id}`);
    const res = await h.call('PUT', `/api/workflow/${id}/pause`);
    assert.equal(res.status, 409);
    // §5.5 Java names the run by WorkflowModel.toShortString (<name>.<version>/<id>).
    assert.equal(message(res), `Workflow two_workers.1/${id} has ended, status cannot be updated.`);
    assert.equal((await h.call('PUT', '/api/workflow/missing/pause')).status, 404);
  });
});

void describe('§5.5 terminate', () => {
  void it('terminates with a reason, cancels tasks, is a no-op when TERMINATED, 409 when COMPLETED', async () => {
    const id = await start();
    assert.equal((await h.call('DELETE', `/api/workflow/${id}?reason=${encodeURIComponent('by test')}`)).status, 200);
    const wf = await get(id);
    assert.equal(wf.status, 'TERMINATED');
    assert.equal(wf.reasonForIncompletion, 'by test');
    assert.equal(wf.tasks[0]?.status, 'CANCELED');
    assert.equal((await h.call('DELETE', `/api/workflow/${id}`)).status, 200);
    const done = (
      await h.call('POST', '/api/workflow', {
        name: 'x',
        workflowDef: { name: 'x', tasks: [{ name: 'n', taskReferenceName: 'n', type: 'NOOP' }] },
      })
    ).text;
    const res = await h.call('DELETE', `/api/workflow/${done}`);
    assert.equal(res.status, 409);
    assert.equal(message(res), 'Cannot terminate a COMPLETED workflow.');
  });
});

void describe('§5.5 restart', () => {
  void it('restarts an ended run from scratch (204), 409 while running, 404 when not restartable', async () => {
    const id = await failedRun();
    const res = await h.call('POST', `/api/workflow/${id}/restart?useLatestDefinitions=False`);
    assert.equal(res.status, 204);
    const wf = await get(id);
    assert.equal(wf.status, 'RUNNING');
    assert.equal(wf.tasks.length, 1);
    assert.equal(wf.tasks[0]?.status, 'SCHEDULED');
    const running = await h.call('POST', `/api/workflow/${id}/restart`);
    assert.equal(running.status, 409);
    // §5.5 Java formats the run itself (WorkflowModel.toString: <name>.<version>/<id>.<status>).
    assert.equal(
      message(running),
      `Workflow: two_workers.1/${id}.RUNNING is not in terminal state, unable to restart.`,
    );
    const fixed = await start('not_restartable');
    await work(fixed, 'first', 'COMPLETED');
    await work(fixed, 'second', 'COMPLETED');
    const refused = await h.call('POST', `/api/workflow/${fixed}/restart`);
    assert.equal(refused.status, 404);
    assert.equal(message(refused), `Workflow: not_restartable.1/${fixed}.COMPLETED is non-restartable`);
  });
});

void describe('§5.5 retry', () => {
  void it('retries the failed task as a new attempt (204) and the run continues', async () => {
    const id = await failedRun();
    assert.equal((await h.call('POST', `/api/workflow/${id}/retry?resumeSubworkflowTasks=false`)).status, 204);
    const wf = await get(id);
    assert.equal(wf.status, 'RUNNING');
    assert.deepEqual(
      wf.tasks.map((t) => [t.status, t.retryCount]),
      [
        ['FAILED', 0],
        ['SCHEDULED', 1],
      ],
    );
    await work(id, 'first', 'COMPLETED', { n: 2 });
    assert.deepEqual(
      (await get(id)).tasks.map((t) => t.referenceTaskName),
      ['first', 'first', 'second'],
    );
  });
  void it('answers 404 while running and 409 when nothing is retryable', async () => {
    const id = await start();
    const running = await h.call('POST', `/api/workflow/${id}/retry`);
    assert.equal(running.status, 404);
    assert.equal(message(running), 'Workflow is still running.  status=RUNNING');
    const done = (
      await h.call('POST', '/api/workflow', {
        name: 'x',
        workflowDef: { name: 'x', tasks: [{ name: 'n', taskReferenceName: 'n', type: 'NOOP' }] },
      })
    ).text;
    const none = await h.call('POST', `/api/workflow/${done}/retry`);
    assert.equal(none.status, 409);
    assert.equal(
      message(none),
      'There are no retryable tasks! Use restart if you want to attempt entire workflow execution again.',
    );
  });
});

void describe('§5.5 rerun', () => {
  void it('reruns from a task id with new task input, keeping the id (text)', async () => {
    const id = await start();
    const firstId = await work(id, 'first', 'COMPLETED', { n: 1 });
    await work(id, 'second', 'COMPLETED', { greeting: 'a' });
    const res = await h.call('POST', `/api/workflow/${id}/rerun`, {
      reRunFromTaskId: firstId,
      taskInput: { name: 'again' },
    });
    assert.equal(res.status, 200);
    assert.match(res.contentType, /^text\/plain/);
    assert.equal(res.text, id);
    const wf = await get(id);
    assert.equal(wf.status, 'RUNNING');
    assert.deepEqual(
      wf.tasks.map((t) => [t.referenceTaskName, t.status]),
      [['first', 'SCHEDULED']],
    );
    assert.deepEqual(wf.tasks[0]?.inputData, { name: 'again' });
  });
  void it('reruns the whole run with new input; 409 while running; 400 for an unknown task id', async () => {
    const id = await failedRun();
    assert.equal((await h.call('POST', `/api/workflow/${id}/rerun`, { workflowInput: { name: 'new' } })).status, 200);
    const wf = await get(id);
    assert.deepEqual(wf.tasks[0]?.inputData, { name: 'new' });
    const running = await h.call('POST', `/api/workflow/${id}/rerun`, {});
    assert.equal(running.status, 409);
    assert.equal(message(running), `Workflow: two_workers.1/${id}.RUNNING is not in terminal state, unable to rerun.`);
    await h.call('DELETE', `/api/workflow/${id}`);
    const unknown = await h.call('POST', `/api/workflow/${id}/rerun`, { reRunFromTaskId: 'nope' });
    assert.equal(unknown.status, 400);
    assert.equal(message(unknown), 'Task nope not found');
  });
});

void describe('§5.5 skip task', () => {
  void it('skips a task not yet scheduled, binding input/output from query parameters', async () => {
    const id = await start();
    const res = await h.call('PUT', `/api/workflow/${id}/skiptask/second?taskOutput%5Bgreeting%5D=skipped`, {
      taskOutput: { ignored: true },
    });
    assert.equal(res.status, 200);
    await work(id, 'first', 'COMPLETED', { n: 1 });
    const wf = await get(id);
    assert.equal(wf.status, 'COMPLETED');
    assert.deepEqual(wf.output, { greeting: 'skipped', first: 1 });
  });
  void it('answers 500 (IllegalState) for processed, unknown refs and ended runs', async () => {
    const id = await start();
    const done = await h.call('PUT', `/api/workflow/${id}/skiptask/first`);
    assert.equal(done.status, 500);
    assert.equal(message(done), 'The task referenced first has already been processed, cannot be skipped');
    const unknown = await h.call('PUT', `/api/workflow/${id}/skiptask/zzz`);
    assert.equal(unknown.status, 500);
    await h.call('DELETE', `/api/workflow/${id}`);
    assert.equal((await h.call('PUT', `/api/workflow/${id}/skiptask/second`)).status, 500);
  });
});

void describe('§3.2 reset callbacks and bulk', () => {
  void it('makes a postponed task pollable now (204); 409 when ended', async () => {
    const def = { name: 'callbacks', tasks: [{ name: 'cb_task', taskReferenceName: 'cb', type: 'SIMPLE' }] };
    const id = (await h.call('POST', '/api/workflow', { name: 'callbacks', workflowDef: def })).text;
    const task = (await h.call('GET', '/api/tasks/poll/cb_task')).json as { taskId: string };
    await h.call('POST', '/api/tasks', {
      workflowInstanceId: id,
      taskId: task.taskId,
      status: 'IN_PROGRESS',
      callbackAfterSeconds: 3600,
    });
    assert.equal((await h.call('GET', '/api/tasks/poll/cb_task')).status, 204);
    assert.equal((await h.call('POST', `/api/workflow/${id}/resetcallbacks`)).status, 204);
    assert.equal((await h.call('GET', '/api/tasks/poll/cb_task')).status, 200);
    await h.call('DELETE', `/api/workflow/${id}`);
    const ended = await h.call('POST', `/api/workflow/${id}/resetcallbacks`);
    assert.equal(ended.status, 409);
    assert.equal(message(ended), 'Workflow is in terminal state. Status = TERMINATED');
  });
  void it('applies bulk operations per id and reports failures by id', async () => {
    const a = await start();
    const b = await start();
    const paused = (await h.call('PUT', '/api/workflow/bulk/pause', [a, b, 'missing'])).json as Record<string, unknown>;
    assert.deepEqual(paused['bulkSuccessfulResults'], [a, b]);
    assert.deepEqual(Object.keys(paused['bulkErrorResults'] as object), ['missing']);
    assert.equal(paused['message'], 'Bulk Request has been processed.');
    const resumed = (await h.call('PUT', '/api/workflow/bulk/resume', [a])).json as Record<string, unknown>;
    assert.deepEqual(resumed['bulkSuccessfulResults'], [a]);
    await h.call('POST', '/api/workflow/bulk/terminate?reason=bulk', [a, b]);
    assert.equal((await get(a)).reasonForIncompletion, 'bulk');
    const restarted = (await h.call('POST', '/api/workflow/bulk/restart', [a])).json as Record<string, unknown>;
    assert.deepEqual(restarted['bulkSuccessfulResults'], [a]);
    const retried = (await h.call('POST', '/api/workflow/bulk/retry', [a])).json as Record<string, unknown>;
    assert.deepEqual(Object.keys(retried['bulkErrorResults'] as object), [a]);
    const found = (await h.call('POST', '/api/workflow/bulk/search?includeTasks=false', [a])).json as {
      bulkSuccessfulResults: { workflowId: string }[];
    };
    assert.equal(found.bulkSuccessfulResults[0]?.workflowId, a);
    await h.call('DELETE', '/api/workflow/bulk/terminate-remove?reason=x', [a]);
    const removed = (await h.call('DELETE', '/api/workflow/bulk/remove', [b])).json as Record<string, unknown>;
    assert.deepEqual(removed['bulkSuccessfulResults'], [b]);
    assert.equal((await h.call('GET', `/api/workflow/${a}`)).status, 404);
    assert.equal((await h.call('PUT', '/api/workflow/bulk/pause', { not: 'an array' })).status, 400);
  });
});
