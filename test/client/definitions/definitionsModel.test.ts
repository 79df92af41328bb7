/**
 * What the definition views list, against the real engine: workflow names sorted case-insensitively with versions
 * newest first, task definitions by name, the fallback for servers without `names-and-versions`, and the error node
 * text for an unreachable server and a refused key (the loopback fake: the engine has no auth).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TaskDef, WorkflowDef } from '../../../common/src/model';
import { ConductorClient } from '../../../client/src/api';
import {
  groupWorkflowVersions,
  loadTaskDefs,
  loadWorkflows,
} from '../../../client/src/views/definitions/definitionsModel';
import { describeLoadFailure } from '../../../client/src/views/definitions/loadFailure';
import { sendJson, startEngineClient, startFakeServer, type EngineClient } from '../clientHarness';
import { fixtureFile } from './definitionsHarness';

let h: EngineClient;
before(async () => {
  h = await startEngineClient();
  await h.client.metadata.registerTaskDefs(fixtureFile('defs_tasks.taskdef.json').definitions as unknown as TaskDef[]);
  const flow = fixtureFile('defs_flow.workflow.json').definitions[0] as unknown as WorkflowDef;
  const defs = [
    { ...flow, version: 2 },
    { ...flow, version: 10 },
    flow,
    { ...flow, name: 'Alpha_flow' },
    { ...flow, name: 'zeta_flow' },
  ];
  await h.client.metadata.updateWorkflowDefs(defs);
});
after(() => h.engine.close());

void describe('definition views: loading', () => {
  void it('groups workflow versions under their name, names case-insensitively, versions newest first', async () => {
    const entries = await loadWorkflows(h.client);
    assert.deepEqual(
      entries.map((entry) => [entry.name, entry.versions.map((summary) => summary.version)]),
      [
        ['Alpha_flow', [1]],
        ['defs_flow', [10, 2, 1]],
        ['zeta_flow', [1]],
      ],
    );
  });

  void it('sorts task definitions by name', async () => {
    assert.deepEqual(
      (await loadTaskDefs(h.client)).map((def) => def.name).filter((name) => name.startsWith('defs_')),
      ['defs_task_a', 'defs_task_b'],
    );
  });

  void it('falls back to the full list when the server has no names-and-versions (404)', async () => {
    const fake = await startFakeServer((request, response) => {
      if (request.url.startsWith('/api/metadata/workflow/names-and-versions')) {
        sendJson(response, 404, { status: 404, message: 'No static resource', instance: 'x', retryable: false });
      } else
        sendJson(response, 200, [
          { name: 'old', version: 3, tasks: [] },
          { name: 'old', version: 1, tasks: [] },
        ]);
    });
    try {
      const client = new ConductorClient({ profile: 'Old', baseUrl: fake.url });
      assert.deepEqual(
        (await loadWorkflows(client)).map((entry) => entry.versions.map((summary) => summary.version)),
        [[3, 1]],
      );
    } finally {
      await fake.close();
    }
  });

  void it('keeps sorting stable and the input untouched', () => {
    const input = [
      { name: 'b', version: 1 },
      { name: 'a', version: 2 },
      { name: 'a', version: 5 },
    ];
    const copy = structuredClone(input);
    assert.deepEqual(
      groupWorkflowVersions(input).map((entry) => entry.name),
      ['a', 'b'],
    );
    assert.deepEqual(input, copy);
  });
});

void describe('definition views: the error node', () => {
  void it('names the profile and the next step when the server is unreachable', async () => {
    const fake = await startFakeServer(() => undefined);
    const url = fake.url;
    await fake.close();
    const client = new ConductorClient({ profile: 'Staging', baseUrl: url, timeoutMs: 2_000 });
    const failure = await loadWorkflows(client).then(
      () => assert.fail('an unreachable server must fail'),
      (error: unknown) => describeLoadFailure('workflow definitions', 'Staging', error),
    );
    assert.equal(failure.label, 'Cannot reach "Staging"');
    assert.match(failure.hint, /Start the server or switch profile/);
    assert.match(failure.detail, /Could not reach/);
  });

  void it('says access was refused on a 401 and what to check', async () => {
    const fake = await startFakeServer((_request, response) =>
      sendJson(response, 401, { status: 401, message: 'Invalid token', instance: 'x', retryable: false }),
    );
    try {
      const client = new ConductorClient({ profile: 'Orkes', baseUrl: fake.url });
      const failure = await loadTaskDefs(client).then(
        () => assert.fail('a 401 must fail'),
        (error: unknown) => describeLoadFailure('task definitions', 'Orkes', error),
      );
      assert.equal(failure.label, '"Orkes" refused access');
      assert.match(failure.hint, /key id and secret/);
    } finally {
      await fake.close();
    }
  });

  void it('says "not connected" when connecting itself failed', () => {
    const failure = describeLoadFailure('schedules', undefined, new Error('No secret entered for profile "Orkes".'));
    assert.equal(failure.label, 'Not connected to the Conductor server');
    assert.equal(failure.detail, 'No secret entered for profile "Orkes".');
  });
});
