import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Answer, type Harness } from './engineHarness';

interface Task {
  taskId: string;
  workflowInstanceId: string;
  status: string;
  referenceTaskName: string;
  domain?: string;
  pollCount: number;
  workerId?: string;
}

let h: Harness;
let counter = 0;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

const message = (answer: Answer): string => (answer.json as { message: string }).message;

/** Starts an inline one-or-two-task workflow whose task types are unique to the caller. */
async function startWith(tasks: Record<string, unknown>[], extra: Record<string, unknown> = {}): Promise<string> {
  const name = `task_api_${++counter}`;
  const res = await h.call('POST', '/api/workflow', { name, workflowDef: { name, tasks }, ...extra });
  assert.equal(res.status, 200, res.text);
  return res.text;
}
const simple = (type: string, ref = type) => ({ name: type, taskReferenceName: ref, type: 'SIMPLE' });
const workflow = async (id: string) =>
  (await h.call('GET', `/api/workflow/${id}`)).json as {
    status: string;
    output: Record<string, unknown>;
    tasks: Task[];
  };

void describe('§3.3 poll', () => {
  void it('answers 204 when empty, a Task when available, and records poll data', async () => {
    assert.equal((await h.call('GET', '/api/tasks/poll/empty_type')).status, 204);
    const id = await startWith([simple('p_one')]);
    const res = await h.call('GET', '/api/tasks/poll/p_one?workerid=w-7');
    assert.equal(res.status, 200);
    const task = res.json as Task;
    assert.equal(task.workflowInstanceId, id);
    assert.equal(task.status, 'IN_PROGRESS');
    assert.equal(task.workerId, 'w-7');
    assert.equal(task.pollCount, 1);
    const data = (await h.call('GET', '/api/tasks/queue/polldata?taskType=p_one')).json as { workerId: string }[];
    assert.equal(data[0]?.workerId, 'w-7');
    assert.equal((await h.call('GET', '/api/tasks/poll/p_one')).status, 204);
    const all = (await h.call('GET', '/api/tasks/queue/polldata/all')).json as unknown[];
    assert.ok(all.length >= 2);
  });
  void it('batch poll returns [] when empty, caps the timeout at 5000 ms and is woken by a new task', async () => {
    const empty = await h.call('GET', '/api/tasks/poll/batch/b_none?timeout=0');
    assert.equal(empty.status, 200);
    assert.deepEqual(empty.json, []);
    const tooLong = await h.call('GET', '/api/tasks/poll/batch/b_none?timeout=5001');
    assert.equal(tooLong.status, 400);
    assert.equal(message(tooLong), 'Long Poll Timeout value cannot be more than 5 seconds');
    const started = Date.now();
    const waiting = h.call('GET', '/api/tasks/poll/batch/b_wake?timeout=4000&count=3');
    const id = await startWith([simple('b_wake')]);
    const tasks = (await waiting).json as Task[];
    assert.equal(tasks[0]?.workflowInstanceId, id);
    assert.ok(Date.now() - started < 3500, 'woken before the timeout');
  });
  void it('polls a domain queue chosen by taskToDomain', async () => {
    const id = await startWith([simple('d_task')], { taskToDomain: { d_task: 'blue' } });
    assert.equal((await h.call('GET', '/api/tasks/poll/d_task')).status, 204);
    assert.equal((await h.call('GET', '/api/tasks/queue/size?taskType=d_task&domain=blue')).json, 1);
    const task = (await h.call('GET', '/api/tasks/poll/d_task?domain=blue')).json as Task;
    assert.equal(task.workflowInstanceId, id);
    assert.equal(task.domain, 'blue');
  });
  void it('§5.10 queues without a domain when the fallback is NO_DOMAIN, in any case', async () => {
    const id = await startWith([simple('nd_task')], { taskToDomain: { '*': 'red,no_domain' } });
    const task = (await h.call('GET', '/api/tasks/poll/nd_task')).json as Task;
    assert.equal(task.workflowInstanceId, id);
    assert.equal(task.domain, undefined);
  });
  void it('queues unknown task types (USER_DEFINED) under the type string (§0.2)', async () => {
    const id = await startWith([{ name: 'custom_name', taskReferenceName: 'c', type: 'MY_CUSTOM_TYPE' }]);
    const task = (await h.call('GET', '/api/tasks/poll/MY_CUSTOM_TYPE')).json as Task & {
      taskType: string;
      taskDefName: string;
    };
    assert.equal(task.workflowInstanceId, id);
    assert.equal(task.taskType, 'MY_CUSTOM_TYPE');
    assert.equal(task.taskDefName, 'custom_name');
  });
  void it('holds back tasks beyond rateLimitPerFrequency within the window', async () => {
    const def = { name: 'rated', rateLimitPerFrequency: 1, rateLimitFrequencyInSeconds: 60, ownerEmail: 'a@b.c' };
    await h.call('POST', '/api/metadata/taskdefs', [def]);
    await startWith([simple('rated')]);
    await startWith([simple('rated')]);
    const first = (await h.call('GET', '/api/tasks/poll/batch/rated?count=2&timeout=0')).json as Task[];
    assert.equal(first.length, 1);
    assert.equal((await h.call('GET', '/api/tasks/poll/rated')).status, 204);
  });
  void it('holds back tasks beyond concurrentExecLimit', async () => {
    await h.call('POST', '/api/metadata/taskdefs', [{ name: 'limited', concurrentExecLimit: 1, ownerEmail: 'a@b.c' }]);
    await startWith([simple('limited')]);
    await startWith([simple('limited')]);
    const first = (await h.call('GET', '/api/tasks/poll/batch/limited?count=2&timeout=0')).json as Task[];
    assert.equal(first.length, 1);
  });
});

void describe('§3.3 update', () => {
  void it('POST /api/tasks answers the task id as text; 404 unknown; 400 invalid; ignored once ended', async () => {
    const id = await startWith([simple('u_one')]);
    const task = (await h.call('GET', '/api/tasks/poll/u_one')).json as Task;
    const res = await h.call('POST', '/api/tasks', {
      workflowInstanceId: id,
      taskId: task.taskId,
      status: 'COMPLETED',
      outputData: { a: 1 },
      logs: [{ log: 'inline log', createdTime: 5 }],
    });
    assert.equal(res.status, 200);
    assert.match(res.contentType, /^text\/plain/);
    assert.equal(res.text, task.taskId);
    assert.equal((await workflow(id)).status, 'COMPLETED');
    const again = await h.call('POST', '/api/tasks', { workflowInstanceId: id, taskId: task.taskId, status: 'FAILED' });
    assert.equal(again.text, task.taskId);
    assert.equal((await workflow(id)).tasks[0]?.status, 'COMPLETED');
    const unknown = await h.call('POST', '/api/tasks', { workflowInstanceId: id, taskId: 'nope', status: 'COMPLETED' });
    assert.equal(unknown.status, 404);
    assert.equal(message(unknown), 'No such task found by id: nope');
    const invalid = await h.call('POST', '/api/tasks', { status: 'COMPLETED' });
    assert.equal(invalid.status, 400);
    assert.equal((invalid.json as { validationErrors: unknown[] }).validationErrors.length, 2);
    assert.equal(
      (await h.call('POST', '/api/tasks', { workflowInstanceId: id, taskId: task.taskId, status: 'DONE' })).status,
      400,
    );
    const logs = (await h.call('GET', `/api/tasks/${task.taskId}/log`)).json as { log: string }[];
    assert.equal(logs[0]?.log, 'inline log');
  });
  void it('IN_PROGRESS with callbackAfterSeconds puts a worker task back, invisible until then', async () => {
    const id = await startWith([simple('u_cb')]);
    const task = (await h.call('GET', '/api/tasks/poll/u_cb')).json as Task;
    await h.call('POST', '/api/tasks', {
      workflowInstanceId: id,
      taskId: task.taskId,
      status: 'IN_PROGRESS',
      callbackAfterSeconds: 60,
    });
    assert.equal((await workflow(id)).tasks[0]?.status, 'SCHEDULED');
    assert.equal((await h.call('GET', '/api/tasks/poll/u_cb')).status, 204);
    assert.equal((await h.call('GET', '/api/tasks/queue/sizes?taskType=u_cb')).text, '{"u_cb":1}');
  });
  void it('§5.5 a result replaces output and reason, absent ones too; extendLease changes neither', async () => {
    const id = await startWith([simple('u_replace')]);
    const task = (await h.call('GET', '/api/tasks/poll/u_replace')).json as Task;
    const post = async (result: Record<string, unknown>): Promise<void> => {
      const body = { workflowInstanceId: id, taskId: task.taskId, ...result };
      assert.equal((await h.call('POST', '/api/tasks', body)).status, 200);
    };
    const current = async () =>
      (await workflow(id)).tasks[0] as Task & { outputData: unknown; reasonForIncompletion?: string };
    await post({ status: 'IN_PROGRESS', outputData: { progress: 50 }, reasonForIncompletion: 'waiting on the bank' });
    await post({ status: 'IN_PROGRESS', extendLease: true, outputData: { other: 1 } });
    assert.deepEqual((await current()).outputData, { progress: 50 });
    assert.equal((await current()).reasonForIncompletion, 'waiting on the bank');
    await post({ status: 'COMPLETED' });
    const done = await current();
    assert.equal(done.status, 'COMPLETED');
    assert.deepEqual(done.outputData, {});
    assert.equal(done.reasonForIncompletion, undefined);
  });
  void it('update-v2 answers the next task of the same type, or 204', async () => {
    await startWith([simple('v2')]);
    await startWith([simple('v2')]);
    const first = (await h.call('GET', '/api/tasks/poll/v2')).json as Task;
    const next = await h.call('POST', '/api/tasks/update-v2', {
      workflowInstanceId: first.workflowInstanceId,
      taskId: first.taskId,
      status: 'COMPLETED',
      workerId: 'w',
    });
    assert.equal(next.status, 200);
    const second = next.json as Task;
    assert.notEqual(second.taskId, first.taskId);
    const none = await h.call('POST', '/api/tasks/update-v2', {
      workflowInstanceId: second.workflowInstanceId,
      taskId: second.taskId,
      status: 'COMPLETED',
    });
    assert.equal(none.status, 204);
  });
  void it('updates by reference name (text id, empty when nothing pending) and /sync (Workflow or 404)', async () => {
    const id = await startWith([simple('r_one', 'one'), simple('r_two', 'two')]);
    const res = await h.call('POST', `/api/tasks/${id}/one/COMPLETED?workerid=me`, { x: 1 });
    assert.match(res.contentType, /^text\/plain/);
    const wf = await workflow(id);
    assert.equal(res.text, wf.tasks[0]?.taskId);
    assert.equal(wf.tasks[0]?.workerId, 'me');
    const nothing = await h.call('POST', `/api/tasks/${id}/one/COMPLETED`, {});
    assert.equal(nothing.status, 200);
    assert.equal(nothing.text, '');
    const sync = await h.call('POST', `/api/tasks/${id}/two/COMPLETED/sync`, { y: 2 });
    assert.equal((sync.json as { status: string }).status, 'COMPLETED');
    const missing = await h.call('POST', `/api/tasks/${id}/two/COMPLETED/sync`, {});
    assert.equal(missing.status, 404);
    assert.equal(message(missing), `Found no running task two of workflow ${id} to update`);
  });
});

void describe('§3.3 signal', () => {
  const waitDef = [
    { name: 'hold', taskReferenceName: 'hold', type: 'WAIT' },
    { name: 'n', taskReferenceName: 'n', type: 'NOOP' },
  ];
  void it('completes the open WAIT; 404 when nothing is blocked', async () => {
    const id = await startWith(waitDef);
    assert.equal((await h.call('POST', `/api/tasks/${id}/COMPLETED/signal`, { answer: 42 })).status, 200);
    const wf = await workflow(id);
    assert.equal(wf.status, 'COMPLETED');
    const again = await h.call('POST', `/api/tasks/${id}/COMPLETED/signal`, {});
    assert.equal(again.status, 404);
    assert.equal(message(again), `Found no blocked task in workflow ${id} to signal`);
  });
  void it('signal/sync answers a SignalResponse once the run settles', async () => {
    const id = await startWith(waitDef);
    const res = await h.call('POST', `/api/tasks/${id}/COMPLETED/signal/sync?returnStrategy=TARGET_WORKFLOW`, { a: 1 });
    const body = res.json as Record<string, unknown>;
    assert.equal(body['responseType'], 'TARGET_WORKFLOW');
    assert.equal(body['status'], 'COMPLETED');
    assert.equal(body['workflowId'], id);
  });
});

void describe('§3.3 task reads, logs, queues, search', () => {
  void it('GET a task (404 unknown) and its logs (204 when none; JSON-encoded log bodies are decoded)', async () => {
    const id = await startWith([simple('l_one')]);
    const taskId = (await workflow(id)).tasks[0]?.taskId ?? '';
    assert.equal(((await h.call('GET', `/api/tasks/${taskId}`)).json as Task).taskId, taskId);
    const unknown = await h.call('GET', '/api/tasks/nope');
    assert.equal(unknown.status, 404);
    assert.equal(message(unknown), 'Task not found for taskId: nope');
    assert.equal((await h.call('GET', `/api/tasks/${taskId}/log`)).status, 204);
    assert.equal((await h.call('POST', `/api/tasks/${taskId}/log`, 'hello "quoted"')).status, 200);
    assert.equal((await h.call('POST', `/api/tasks/${taskId}/log`, 'raw text', true)).status, 200);
    const logs = (await h.call('GET', `/api/tasks/${taskId}/log`)).json as { log: string; taskId: string }[];
    assert.deepEqual(
      logs.map((l) => l.log),
      ['hello "quoted"', 'raw text'],
    );
  });
  void it('reports queue sizes and requeues lost entries', async () => {
    await startWith([simple('q_one')]);
    assert.equal((await h.call('GET', '/api/tasks/queue/size?taskType=q_one')).json, 1);
    const all = (await h.call('GET', '/api/tasks/queue/all')).json as Record<string, number>;
    assert.equal(all['q_one'], 1);
    assert.equal(all['_deciderQueue'], undefined);
    const verbose = (await h.call('GET', '/api/tasks/queue/all/verbose')).json as Record<string, unknown>;
    assert.ok(verbose['q_one']);
    h.engine.executor.store.queues
      .peek('q_one')
      .forEach((taskId) => h.engine.executor.store.queues.remove('q_one', taskId));
    const requeued = await h.call('POST', '/api/tasks/queue/requeue/q_one');
    assert.match(requeued.contentType, /^text\/plain/);
    assert.equal(requeued.text, '1');
  });
  void it('searches tasks (summaries and v2)', async () => {
    const id = await startWith([simple('s_one')]);
    const query = encodeURIComponent(`workflowId = '${id}'`);
    const summaries = (await h.call('GET', `/api/tasks/search?query=${query}`)).json as {
      totalHits: number;
      results: Record<string, unknown>[];
    };
    assert.equal(summaries.totalHits, 1);
    assert.equal(summaries.results[0]?.['taskType'], 's_one');
    assert.equal(typeof summaries.results[0]?.['input'], 'string');
    const full = (await h.call('GET', `/api/tasks/search-v2?query=${query}`)).json as { results: Task[] };
    assert.equal(full.results[0]?.workflowInstanceId, id);
  });
});
