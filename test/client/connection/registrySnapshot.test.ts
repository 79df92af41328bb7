/**
 * What the registry reads from a server (the real engine, in process) and the "differs from registered" comparison:
 * a file is the same as its registered version although the server filled in defaults and audit fields (§1.1), and
 * differs once something a user wrote changed, including values inside input maps. A loopback fake stands in for a
 * server without `names-and-versions` (older Conductor), which the engine cannot play.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { WorkflowDef } from '../../../common/src/model';
import { ConductorClient } from '../../../client/src/api';
import { definitionsDiffer } from '../../../client/src/registry/normalizeDefinition';
import { fetchRegistrySnapshot, toRegisteredDefinitions } from '../../../client/src/registry/registrySnapshot';
import { createEngine, type Engine } from '../../../engine/src/engine';
import { sendJson, startFakeServer } from '../clientHarness';

let engine: Engine;
let client: ConductorClient;

const file: WorkflowDef = {
  name: 'order_flow',
  description: 'Orders',
  ownerEmail: 'dev@example.com',
  tasks: [
    { name: 'charge_card', taskReferenceName: 'charge', inputParameters: { amount: '${workflow.input.amount}' } },
    { name: 'child', taskReferenceName: 'child', type: 'SUB_WORKFLOW', subWorkflowParam: { name: 'child_flow' } },
  ],
};

before(async () => {
  engine = await createEngine({ port: 0, log: () => undefined });
  client = new ConductorClient({ profile: 'Local', baseUrl: engine.url });
  await client.metadata.registerTaskDefs([{ name: 'charge_card', ownerEmail: 'dev@example.com' }]);
  await client.metadata.registerWorkflowDef(file);
  await client.metadata.registerWorkflowDef({ ...file, version: 3 });
});
after(() => engine.close());

void describe('registry snapshot', () => {
  void it('reads every workflow version and task definition, and the compact payload for the server', async () => {
    const snapshot = await fetchRegistrySnapshot(client, 'Local');
    assert.deepEqual(snapshot.workflows.get('order_flow'), [1, 3]);
    assert.equal((await snapshot.definition('order_flow', 3))?.version, 3);
    assert.equal(await snapshot.definition('order_flow', 2), undefined);
    assert.deepEqual(toRegisteredDefinitions(snapshot), {
      profile: 'Local',
      workflows: { order_flow: [1, 3] },
      taskDefs: ['charge_card'],
    });
  });

  void it('finds no difference between a file and what the server stored for it', async () => {
    const stored = await client.metadata.getWorkflowDef('order_flow', 1);
    assert.ok('createTime' in stored && 'schemaVersion' in stored, 'the server adds audit fields and defaults');
    assert.equal(definitionsDiffer(file, stored), false);
    assert.equal(definitionsDiffer({ ...file, version: 1, schemaVersion: 2, restartable: true }, stored), false);
  });

  void it('finds a changed description, task, or input value (false is not "absent" inside input maps)', async () => {
    const stored = await client.metadata.getWorkflowDef('order_flow', 1);
    assert.equal(definitionsDiffer({ ...file, description: 'Changed' }, stored), true);
    assert.equal(definitionsDiffer({ ...file, tasks: file.tasks.slice(0, 1) }, stored), true);
    const task = { ...file.tasks[0], inputParameters: { amount: '${workflow.input.amount}', dryRun: false } };
    assert.equal(definitionsDiffer({ ...file, tasks: [task, ...file.tasks.slice(1)] }, stored), true);
    assert.equal(definitionsDiffer({ ...file, restartable: false }, stored), true);
  });

  void it('falls back to the full list on a server without names-and-versions (404)', async () => {
    const stored = await client.metadata.getWorkflowDef('order_flow', 1);
    const old = await startFakeServer((request, response) => {
      if (request.url.endsWith('/names-and-versions')) return sendJson(response, 404, { message: 'Not found' });
      sendJson(response, 200, request.url.startsWith('/api/metadata/workflow') ? [stored] : [{ name: 'charge_card' }]);
    });
    try {
      const snapshot = await fetchRegistrySnapshot(new ConductorClient({ profile: 'old', baseUrl: old.url }), 'old');
      assert.deepEqual(toRegisteredDefinitions(snapshot).workflows, { order_flow: [1] });
      const requests = old.requests.length;
      assert.deepEqual(await snapshot.definition('order_flow', 1), stored);
      assert.equal(old.requests.length, requests, 'the definitions of the full list are kept, not fetched again');
    } finally {
      await old.close();
    }
  });

  void it('fails with the server reason when it cannot be read', async () => {
    const down = new ConductorClient({ profile: 'dev', baseUrl: 'http://127.0.0.1:9', timeoutMs: 2_000 });
    await assert.rejects(fetchRegistrySnapshot(down, 'dev'), /Could not reach http:\/\/127\.0\.0\.1:9/);
  });
});
