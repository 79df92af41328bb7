/**
 * The client's task reads against the real engine over 127.0.0.1 (reference/conductor.md §3.3): a task by id, its
 * logs (Conductor answers 204 when there are none), and the 404 for an unknown id.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TaskDef, WorkflowDef } from '../../common/src/model';
import { ConductorApiError, type ConductorClient } from '../../client/src/api';
import { fixture, startEngineClient, type EngineClient } from './clientHarness';

let h: EngineClient;
let client: ConductorClient;

before(async () => {
  h = await startEngineClient();
  client = h.client;
  await client.metadata.registerTaskDefs(fixture<TaskDef[]>('client_tasks.taskdef.json'));
  await client.metadata.registerWorkflowDef(fixture<WorkflowDef>('client_flow.workflow.json'));
});
after(() => h.engine.close());

const start = (): Promise<string> => client.workflows.start({ name: 'client_flow', version: 1, input: { who: 'x' } });

void describe('tasks', () => {
  void it('gets a task and its logs (none → empty list)', async () => {
    const id = await start();
    const taskId = (await client.workflows.get(id)).tasks?.[0]?.taskId ?? '';
    assert.equal((await client.tasks.get(taskId)).referenceTaskName, 'a');
    assert.deepEqual(await client.tasks.logs(taskId), []);
    const logged = await fetch(`${h.engine.url}/api/tasks/${taskId}/log`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify('working on it'),
    });
    assert.equal(logged.status, 200);
    assert.deepEqual(
      (await client.tasks.logs(taskId)).map((entry) => entry.log),
      ['working on it'],
    );
  });

  void it('an unknown task id is a 404 naming the id', async () => {
    await assert.rejects(client.tasks.get('no-such-task'), (error: unknown) => {
      assert.ok(error instanceof ConductorApiError && error.status === 404);
      assert.match(error.message, /no-such-task/);
      return true;
    });
  });
});
