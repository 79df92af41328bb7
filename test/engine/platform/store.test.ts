/**
 * The durable store on a real SQLite file: transactions, reopening, repositories, queue semantics and the data
 * directory claim.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Task, Workflow } from '../../../common/src/model';
import { DATABASE_FILE, openStore } from '../../../engine/src/store';
import type { Store } from '../../../engine/src/store';
import { tempDir } from './platformServer';

let temp: ReturnType<typeof tempDir>;
let store: Store;

beforeEach(() => {
  temp = tempDir();
  store = openStore({ dataDir: temp.dir });
});

afterEach(() => {
  store.close();
  temp.remove();
});

function workflow(id: string, overrides: Partial<Workflow> = {}): Workflow {
  return { workflowId: id, status: 'RUNNING', workflowName: 'wf', workflowVersion: 1, startTime: 1000, ...overrides };
}

function task(id: string, workflowId: string, seq: number, overrides: Partial<Task> = {}): Task {
  const base: Task = {
    taskId: id,
    taskType: 'SIMPLE',
    status: 'SCHEDULED',
    referenceTaskName: `ref${seq}`,
    workflowInstanceId: workflowId,
  };
  return { ...base, seq, ...overrides };
}

void describe('transactions', () => {
  void it('rolls back every change when the function throws, and rethrows', () => {
    store.taskDefs.put({ name: 'kept' });
    assert.throws(
      () =>
        store.transaction(() => {
          store.taskDefs.put({ name: 'lost' });
          store.taskDefs.delete('kept');
          throw new Error('boom');
        }),
      /boom/,
    );
    assert.deepEqual(
      store.taskDefs.list().map((def) => def.name),
      ['kept'],
    );
  });

  void it('joins nested transactions into the outer one', () => {
    assert.throws(() =>
      store.transaction(() => {
        store.transaction(() => store.taskDefs.put({ name: 'inner' }));
        throw new Error('outer fails');
      }),
    );
    assert.equal(store.taskDefs.get('inner'), undefined);
  });

  void it('refuses an async function and rolls back what it did synchronously', () => {
    assert.throws(
      () =>
        store.transaction(async () => {
          store.taskDefs.put({ name: 'async' });
          await Promise.resolve();
        }),
      /synchronous/,
    );
    assert.equal(store.taskDefs.get('async'), undefined);
  });
});

void describe('reopening from disk', () => {
  void it('keeps every kind of data', () => {
    store.workflowDefs.put({ name: 'wf', version: 2, tasks: [] });
    store.taskDefs.put({ name: 'td' });
    store.eventHandlers.put({ name: 'eh', event: 'conductor:wf:x', actions: [], active: true });
    store.workflows.put(workflow('w1', { tasks: [task('t0', 'w1', 0)] }));
    store.tasks.put(task('t1', 'w1', 1));
    store.queues.push('SIMPLE_A', 't1', { priority: 3 });
    store.taskLogs.add({ taskId: 't1', log: 'hello', createdTime: 5 });
    store.pollData.record({ queueName: 'SIMPLE_A', workerId: 'w', lastPollTime: 7 });
    store.kv.put('k', { v: 1 });
    store.close();
    store = openStore({ dataDir: temp.dir });
    assert.equal(store.workflowDefs.get('wf')?.version, 2);
    assert.equal(store.taskDefs.get('td')?.name, 'td');
    assert.equal(store.eventHandlers.listForEvent('conductor:wf:x', true).length, 1);
    assert.deepEqual(store.workflows.get('w1'), workflow('w1'));
    assert.deepEqual(store.tasks.listByWorkflow('w1'), [task('t1', 'w1', 1)]);
    assert.deepEqual(store.queues.all(), { SIMPLE_A: 1 });
    assert.deepEqual(store.taskLogs.list('t1'), [{ taskId: 't1', log: 'hello', createdTime: 5 }]);
    assert.deepEqual(store.pollData.all(), [{ queueName: 'SIMPLE_A', workerId: 'w', lastPollTime: 7 }]);
    assert.deepEqual(store.kv.get('k'), { v: 1 });
  });

  void it('journals in a WAL next to the database file while open', () => {
    store.taskDefs.put({ name: 'walled' });
    assert.equal(existsSync(join(temp.dir, `${DATABASE_FILE}-wal`)), true);
  });

  void it('loses nothing committed and keeps nothing uncommitted when the process is SIGKILLed mid-transaction', async () => {
    store.taskDefs.put({ name: 'before' });
    store.close();
    const storeModule = join(__dirname, '../../../engine/src/store/index.ts');
    const script =
      `const { openStore } = require(${JSON.stringify(storeModule)});` +
      `const s = openStore({ dataDir: ${JSON.stringify(temp.dir)} });` +
      `s.taskDefs.put({ name: 'committed' });` +
      `s.transaction(() => { for (let i = 0; i < 500; i++) s.taskDefs.put({ name: 'partial' + i }); process.kill(process.pid, 'SIGKILL'); });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: 'inherit' });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, sig) => resolve(sig)),
    );
    assert.equal(signal, 'SIGKILL');
    store = openStore({ dataDir: temp.dir });
    assert.deepEqual(
      store.taskDefs.list().map((def) => def.name),
      ['before', 'committed'],
    );
  });
});

void describe('data directory claim', () => {
  void it('clears the SQLite lock a dead engine left behind', () => {
    store.close();
    mkdirSync(join(temp.dir, `${DATABASE_FILE}.lock`));
    writeFileSync(join(temp.dir, 'engine.pid'), '999999999');
    store = openStore({ dataDir: temp.dir });
    store.taskDefs.put({ name: 'works' });
    assert.equal(store.taskDefs.get('works')?.name, 'works');
  });

  void it('refuses a directory held by a live engine, naming the pid and the way out', async () => {
    store.close();
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      writeFileSync(join(temp.dir, 'engine.pid'), String(child.pid));
      assert.throws(
        () => openStore({ dataDir: temp.dir }),
        new RegExp(`in use by another engine \\(pid ${child.pid}\\).*--data`),
      );
    } finally {
      child.kill();
      await new Promise((resolve) => child.on('exit', resolve));
    }
    store = openStore({ dataDir: temp.dir });
  });
});
