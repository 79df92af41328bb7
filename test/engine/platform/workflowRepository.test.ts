/**
 * Workflow, task and definition repositories: upserts, listings, cascading deletes and structured search.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Task, Workflow } from '../../../common/src/model';
import { openStore } from '../../../engine/src/store';
import type { Store } from '../../../engine/src/store';

let store: Store;

beforeEach(() => {
  store = openStore();
});

afterEach(() => store.close());

function workflow(id: string, overrides: Partial<Workflow> = {}): Workflow {
  return { workflowId: id, status: 'RUNNING', workflowName: 'wf', workflowVersion: 1, startTime: 1000, ...overrides };
}

function task(id: string, workflowId: string, seq: number): Task {
  return {
    taskId: id,
    taskType: 'SIMPLE',
    status: 'SCHEDULED',
    referenceTaskName: `r${seq}`,
    workflowInstanceId: workflowId,
    seq,
  };
}

void describe('workflow definitions', () => {
  void it('gets the latest version by default and lists summaries, names and latest versions', () => {
    store.workflowDefs.put({ name: 'b', version: 1, tasks: [], createTime: 5 });
    store.workflowDefs.put({ name: 'a', version: 3, tasks: [] });
    store.workflowDefs.put({ name: 'a', version: 10, tasks: [] });
    assert.equal(store.workflowDefs.get('a')?.version, 10);
    assert.equal(store.workflowDefs.get('a', 3)?.version, 3);
    assert.equal(store.workflowDefs.get('a', 4), undefined);
    assert.deepEqual(store.workflowDefs.names(), ['a', 'b']);
    assert.deepEqual(
      store.workflowDefs.listLatest().map((def) => `${def.name}.${def.version}`),
      ['a.10', 'b.1'],
    );
    assert.deepEqual(store.workflowDefs.summaries('b'), [{ name: 'b', version: 1, createTime: 5 }]);
    assert.equal(store.workflowDefs.delete('a', 10), true);
    assert.equal(store.workflowDefs.delete('a', 10), false);
    assert.equal(store.workflowDefs.get('a')?.version, 3);
  });
});

void describe('workflows and tasks', () => {
  void it('stores a workflow without its tasks and tasks by seq', () => {
    store.workflows.put(workflow('w', { tasks: [task('x', 'w', 0)] }));
    store.tasks.putAll([task('t2', 'w', 2), task('t1', 'w', 1)]);
    assert.equal(store.workflows.get('w')?.tasks, undefined);
    assert.deepEqual(
      store.tasks.listByWorkflow('w').map((t) => t.taskId),
      ['t1', 't2'],
    );
  });

  void it('deletes a workflow with its tasks, logs and queue messages', () => {
    store.workflows.put(workflow('w'));
    store.tasks.put(task('t', 'w', 0));
    store.taskLogs.add({ taskId: 't', log: 'x', createdTime: 1 });
    store.queues.push('SIMPLE', 't');
    assert.equal(store.workflows.delete('w'), true);
    assert.equal(store.tasks.get('t'), undefined);
    assert.deepEqual(store.taskLogs.list('t'), []);
    assert.equal(store.queues.size('SIMPLE'), 0);
    assert.equal(store.workflows.delete('w'), false);
  });

  void it('lists by status, running ids by version and time, correlation and children', () => {
    store.workflows.put(workflow('a', { startTime: 10, correlationId: 'c' }));
    store.workflows.put(workflow('b', { startTime: 20, workflowVersion: 2 }));
    store.workflows.put(
      workflow('c', { startTime: 30, status: 'COMPLETED', correlationId: 'c', parentWorkflowId: 'a' }),
    );
    assert.deepEqual(store.workflows.idsByStatus('RUNNING'), ['a', 'b']);
    assert.deepEqual(store.workflows.runningIds('wf', 1), ['a']);
    assert.deepEqual(store.workflows.runningIds('wf', 2, 0, 15), []);
    assert.deepEqual(
      store.workflows.byCorrelationId('wf', 'c', false).map((w) => w.workflowId),
      ['a'],
    );
    assert.deepEqual(
      store.workflows.byCorrelationId('wf', 'c', true).map((w) => w.workflowId),
      ['a', 'c'],
    );
    assert.deepEqual(store.workflows.childIds('a'), ['c']);
  });

  void it('searches with conditions, IN, LIKE, free text, sort and paging', () => {
    for (let i = 0; i < 6; i++) {
      const status = i % 2 === 0 ? 'RUNNING' : 'FAILED';
      store.workflows.put(workflow(`w${i}`, { startTime: 100 - i, status, input: { n: i === 4 ? 'Needle' : 'hay' } }));
    }
    const running = store.workflows.search({
      conditions: [{ field: 'status', op: '=', values: ['RUNNING'] }],
      sort: [{ field: 'startTime', descending: false }],
      start: 1,
      size: 1,
    });
    assert.equal(running.totalHits, 3);
    assert.deepEqual(
      running.results.map((w) => w.workflowId),
      ['w2'],
    );
    const some = store.workflows.search({
      conditions: [{ field: 'workflowId', op: 'IN', values: ['w1', 'w3', 'zz'] }],
    });
    assert.equal(some.totalHits, 2);
    const like = store.workflows.search({ conditions: [{ field: 'workflowId', op: 'LIKE', values: ['w%'] }], size: 0 });
    assert.deepEqual([like.totalHits, like.results.length], [6, 0]);
    const text = store.workflows.search({ freeText: 'needle' });
    assert.deepEqual(
      text.results.map((w) => w.workflowId),
      ['w4'],
    );
    assert.equal(store.workflows.search({ freeText: '*' }).totalHits, 6);
    assert.equal(store.workflows.search({ conditions: [{ field: 'startTime', op: '>', values: [97] }] }).totalHits, 3);
    assert.equal(store.workflows.search({ conditions: [{ field: 'status', op: 'IN', values: [] }] }).totalHits, 0);
  });

  void it('searches tasks', () => {
    store.tasks.putAll([task('t1', 'w', 0), { ...task('t2', 'w', 1), status: 'COMPLETED', taskType: 'HTTP' }]);
    const page = store.tasks.search({ conditions: [{ field: 'taskType', op: '=', values: ['HTTP'] }] });
    assert.deepEqual(
      page.results.map((t) => t.taskId),
      ['t2'],
    );
  });
});
