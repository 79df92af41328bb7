/**
 * The official JS SDK (`@io-orkes/conductor-javascript`) MetadataClient against the engine over real HTTP:
 * register, get, update and unregister workflow and task definitions (clients doc §2 "Endpoints used").
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OrkesClients } from '@io-orkes/conductor-javascript';
import type { MetadataClient } from '@io-orkes/conductor-javascript';
import { createEngine } from '../../engine/src/engine';
import type { Engine } from '../../engine/src/engine';

let engine: Engine;
let metadata: MetadataClient;

before(async () => {
  // The SDK prefers the environment over its config; a developer's setting must not redirect the test.
  delete process.env['CONDUCTOR_SERVER_URL'];
  delete process.env['CONDUCTOR_AUTH_KEY'];
  delete process.env['CONDUCTOR_AUTH_SECRET'];
  engine = await createEngine({ durability: 'process', log: () => undefined });
  const clients = await OrkesClients.from({ serverUrl: `${engine.url}/api` });
  metadata = clients.getMetadataClient();
});

after(() => engine.close());

const workflowDef = {
  name: 'sdk_metadata_wf',
  version: 1,
  ownerEmail: 'dev@example.com',
  timeoutSeconds: 0,
  tasks: [{ name: 'sdk_task', taskReferenceName: 'sdk_task_ref', type: 'SIMPLE', inputParameters: {} }],
  inputParameters: [],
  outputParameters: {},
};

void describe('MetadataClient round trips', () => {
  void it('registers, reads, overwrites and unregisters a workflow definition', async () => {
    await metadata.registerWorkflowDef(workflowDef);
    const stored = await metadata.getWorkflowDef('sdk_metadata_wf');
    assert.equal(stored.name, 'sdk_metadata_wf');
    assert.equal(stored.version, 1);
    assert.equal(stored.tasks[0]?.taskReferenceName, 'sdk_task_ref');

    await assert.rejects(metadata.registerWorkflowDef(workflowDef), /already exists/);
    await metadata.registerWorkflowDef({ ...workflowDef, description: 'updated' }, true);
    assert.equal((await metadata.getWorkflowDef('sdk_metadata_wf', 1)).description, 'updated');
    await metadata.registerWorkflowDef({ ...workflowDef, version: 2 });
    assert.equal((await metadata.getWorkflowDef('sdk_metadata_wf')).version, 2);
    const all = await metadata.getAllWorkflowDefs();
    assert.deepEqual(
      all.filter((def) => def.name === 'sdk_metadata_wf').map((def) => def.version),
      [1, 2],
    );

    await metadata.unregisterWorkflow('sdk_metadata_wf', 2);
    await metadata.unregisterWorkflow('sdk_metadata_wf');
    await assert.rejects(metadata.getWorkflowDef('sdk_metadata_wf'), /No such workflow found by name/);
  });

  void it('registers, reads, updates and unregisters task definitions', async () => {
    await metadata.registerTask({ name: 'sdk_task_a', retryCount: 1, timeoutSeconds: 60, totalTimeoutSeconds: 120 });
    await metadata.registerTasks([
      { name: 'sdk_task_b', timeoutSeconds: 0, totalTimeoutSeconds: 0 },
      { name: 'sdk_task_c', timeoutSeconds: 0, totalTimeoutSeconds: 0 },
    ]);
    const a = await metadata.getTask('sdk_task_a');
    assert.equal(a.retryCount, 1);
    assert.equal(a.responseTimeoutSeconds, 60 * 60);

    await metadata.updateTask({ ...a, retryCount: 5, timeoutSeconds: 60, totalTimeoutSeconds: 120 });
    assert.equal((await metadata.getTask('sdk_task_a')).retryCount, 5);
    const names = (await metadata.getAllTaskDefs()).map((def) => def.name);
    assert.ok(['sdk_task_a', 'sdk_task_b', 'sdk_task_c'].every((name) => names.includes(name)));

    await metadata.unregisterTask('sdk_task_b');
    await assert.rejects(metadata.getTask('sdk_task_b'), /No such taskType found by name: sdk_task_b/);
    await assert.rejects(
      metadata.updateTask({ name: 'sdk_task_b', timeoutSeconds: 0, totalTimeoutSeconds: 0 }),
      /No such task/,
    );
  });

  void it('surfaces Conductor validation errors for an invalid definition', async () => {
    await assert.rejects(
      metadata.registerWorkflowDef({ ...workflowDef, name: 'sdk_invalid', tasks: [] }),
      /Validation failed/,
    );
  });
});
