/**
 * The client's definition calls against the real engine over 127.0.0.1 (reference/conductor.md §3.1, §3.4): round
 * trips of workflow defs, task defs and event handlers, and Conductor's errors mapped to ConductorApiError
 * (404 message, 409 on a second register, 400 with validationErrors, §2.6).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EventHandler, TaskDef, WorkflowDef } from '../../common/src/model';
import { ConductorApiError, type ConductorClient } from '../../client/src/api';
import { fixture, startEngineClient, type EngineClient } from './clientHarness';

let h: EngineClient;
let client: ConductorClient;
const flow = fixture<WorkflowDef>('client_flow.workflow.json');

before(async () => {
  h = await startEngineClient();
  client = h.client;
  await client.metadata.registerTaskDefs(fixture<TaskDef[]>('client_tasks.taskdef.json'));
});
after(() => h.engine.close());

/** Runs `call` and returns the ConductorApiError it must reject with. */
async function apiError(call: () => Promise<unknown>): Promise<ConductorApiError> {
  try {
    await call();
  } catch (error) {
    assert.ok(error instanceof ConductorApiError, `expected a ConductorApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('the call should have failed');
}

void describe('workflow definitions', () => {
  void it('registers, lists, gets by version and latest, updates and unregisters', async () => {
    await client.metadata.validateWorkflowDef(flow);
    await client.metadata.registerWorkflowDef(flow);
    const bulk = await client.metadata.updateWorkflowDefs([{ ...flow, version: 2, description: 'second' }]);
    assert.deepEqual(bulk?.bulkSuccessfulResults, ['client_flow']);
    assert.equal((await client.metadata.getWorkflowDef('client_flow')).version, 2);
    assert.equal((await client.metadata.getWorkflowDef('client_flow', 1)).description, undefined);
    const all = await client.metadata.listWorkflowDefs();
    assert.deepEqual(
      all
        .filter((def) => def.name === 'client_flow')
        .map((def) => def.version)
        .sort(),
      [1, 2],
    );
    const summaries = await client.metadata.workflowNamesAndVersions();
    assert.deepEqual(summaries['client_flow']?.map((summary) => summary.version).sort(), [1, 2]);
    await client.metadata.unregisterWorkflowDef('client_flow', 2);
    assert.equal((await client.metadata.getWorkflowDef('client_flow')).version, 1);
  });

  void it('§3.1 maps a second register without overwrite to 409, and overwrite=true succeeds', async () => {
    const error = await apiError(() => client.metadata.registerWorkflowDef(flow));
    assert.equal(error.status, 409);
    assert.ok(error.isConflict);
    assert.equal(error.method, 'POST');
    assert.equal(error.path, '/api/metadata/workflow');
    assert.match(error.message, /^POST \/api\/metadata\/workflow failed with 409/);
    await client.metadata.registerWorkflowDef({ ...flow, description: 'replaced' }, true);
    assert.equal((await client.metadata.getWorkflowDef('client_flow', 1)).description, 'replaced');
  });

  void it('§3.1 maps an unknown definition to 404 with the server message', async () => {
    const error = await apiError(() => client.metadata.getWorkflowDef('no_such_flow'));
    assert.equal(error.status, 404);
    assert.ok(error.isNotFound);
    assert.equal(error.serverMessage, 'No such workflow found by name: no_such_flow, version: null');
    assert.match(error.message, /No such workflow found by name: no_such_flow/);
  });

  void it('§2.6 maps a 400 to validationErrors with Hibernate paths', async () => {
    const broken = fixture<WorkflowDef>('broken_fork.workflow.json');
    const error = await apiError(() => client.metadata.registerWorkflowDef(broken));
    assert.equal(error.status, 400);
    assert.deepEqual(error.validationErrors, [
      {
        path: 'registerWorkflowDef.workflowDef.tasks[1].forkTasks[0].<list element>[0].name',
        message: 'WorkflowTask name cannot be empty or null',
      },
    ]);
    assert.match(error.message, /tasks\[1\]\.forkTasks\[0\]\.<list element>\[0\]\.name: WorkflowTask name cannot be/);
    const invalid = await apiError(() => client.metadata.validateWorkflowDef(broken));
    assert.equal(invalid.validationErrors?.length, 1);
  });
});

void describe('task definitions', () => {
  void it('lists, gets, updates and unregisters', async () => {
    const names = (await client.metadata.listTaskDefs()).map((def) => def.name);
    assert.ok(names.includes('client_a') && names.includes('client_b'));
    await client.metadata.updateTaskDef({ ...(await client.metadata.getTaskDef('client_b')), retryCount: 2 });
    assert.equal((await client.metadata.getTaskDef('client_b')).retryCount, 2);
    await client.metadata.registerTaskDefs([{ name: 'client_tmp', ownerEmail: 'dev@example.com' }]);
    await client.metadata.unregisterTaskDef('client_tmp');
    assert.equal((await apiError(() => client.metadata.getTaskDef('client_tmp'))).status, 404);
  });

  void it('§3.1 updating an unregistered task definition is a 404', async () => {
    const error = await apiError(() => client.metadata.updateTaskDef({ name: 'never_registered' }));
    assert.equal(error.status, 404);
  });
});

void describe('event handlers', () => {
  void it('adds, lists, updates and deletes; a duplicate add is a 409 (§3.4)', async () => {
    const handler = fixture<EventHandler>('client_events.event.json');
    await client.events.add(handler);
    assert.equal((await apiError(() => client.events.add(handler))).status, 409);
    await client.events.update({ ...handler, active: false });
    const listed = (await client.events.list()).find((entry) => entry.name === handler.name);
    assert.equal(listed?.active, false);
    await client.events.delete(handler.name);
    assert.equal(
      (await client.events.list()).some((entry) => entry.name === handler.name),
      false,
    );
  });
});

void describe('health', () => {
  void it('answers healthy', async () => {
    assert.equal((await client.health()).healthy, true);
  });
});
