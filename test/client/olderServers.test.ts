/**
 * What Conductor servers older than the engine's model answer differently, against a loopback fake of one (the
 * engine follows conductor-oss HEAD and cannot play an older release). Facts from conductor-oss history:
 * `POST /api/metadata/workflow?overwrite` exists only since v3.31.2 (§8), before it a second POST of a name and
 * version is a 409 whatever the parameter says, and `PUT /api/metadata/workflow` is the upsert (§3.1).
 * `GET /api/metadata/workflow/names-and-versions` exists since v3.10 (2022) and is not in Orkes' API (its OpenAPI spec
 * in the JS SDK): there the path is read as `GET /api/metadata/workflow/{name}`, a 404 for a workflow of that name.
 * `GET /api/tasks/{taskId}` of an unknown task answers 204 before v3.21.20, 404 `Task not found for taskId` since (§3.3).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkflowDef } from '../../common/src/model';
import { ConductorApiError, ConductorClient } from '../../client/src/api';
import { sendJson, startFakeServer, type FakeServer } from './clientHarness';

const WORKFLOW = '/api/metadata/workflow';
/** What the fake has registered, by `name.version`. */
const registered = new Map<string, WorkflowDef>();
let fake: FakeServer;

const key = (def: WorkflowDef): string => `${def.name}.${def.version ?? 1}`;

before(async () => {
  fake = await startFakeServer((request, response) => {
    const path = request.url.split('?')[0];
    if (path === WORKFLOW && request.method === 'POST') {
      const def = JSON.parse(request.body) as WorkflowDef;
      if (registered.has(key(def))) {
        return sendJson(response, 409, { status: 409, message: `Workflow with ${key(def)} already exists!` });
      }
      registered.set(key(def), def);
      response.writeHead(200, { 'Content-Length': 0 });
      response.end();
      return;
    }
    if (path === WORKFLOW && request.method === 'PUT') {
      const defs = JSON.parse(request.body) as WorkflowDef[];
      for (const def of defs) registered.set(key(def), def);
      return sendJson(response, 200, { bulkErrorResults: {}, bulkSuccessfulResults: defs.map((def) => def.name) });
    }
    if (path === '/api/tasks/gone') {
      response.writeHead(204);
      response.end();
      return;
    }
    if (path === WORKFLOW && request.method === 'GET') return sendJson(response, 200, [...registered.values()]);
    const name = decodeURIComponent(path?.slice(WORKFLOW.length + 1) ?? '');
    sendJson(response, 404, { status: 404, message: `No such workflow found by name: ${name}, version: null` });
  });
});
after(() => fake.close());

void describe('servers older than the engine, and Orkes', () => {
  void it('§3.1 overwriting a registered workflow replaces it (PUT) after the POST answers 409', async () => {
    const client = new ConductorClient({ profile: 'v3.21', baseUrl: fake.url });
    const first: WorkflowDef = { name: 'flow', version: 1, description: 'first', tasks: [] };
    await client.metadata.registerWorkflowDef(first, false);
    await assert.rejects(client.metadata.registerWorkflowDef({ ...first, description: 'kept?' }, false), /409/);
    await client.metadata.registerWorkflowDef({ ...first, description: 'second' }, true);
    assert.equal(registered.get('flow.1')?.description, 'second');
  });

  void it('§3.1 names and versions come from the full list where names-and-versions is a 404 (also Orkes)', async () => {
    registered.clear();
    registered.set('flow.1', { name: 'flow', version: 1, tasks: [], createTime: 10 });
    registered.set('flow.2', { name: 'flow', version: 2, tasks: [], updateTime: 20 });
    registered.set('other.1', { name: 'other', tasks: [] });
    const client = new ConductorClient({ profile: 'v3.9', baseUrl: fake.url });
    assert.deepEqual(await client.metadata.workflowNamesAndVersions(), {
      flow: [
        { name: 'flow', version: 1, createTime: 10, updateTime: undefined },
        { name: 'flow', version: 2, createTime: undefined, updateTime: 20 },
      ],
      other: [{ name: 'other', version: 1, createTime: undefined, updateTime: undefined }],
    });
  });

  void it('§3.3 a task the server answers 204 for is not found, as newer servers say with 404', async () => {
    const client = new ConductorClient({ profile: 'v3.15', baseUrl: fake.url });
    await assert.rejects(client.tasks.get('gone'), (error: unknown) => {
      assert.ok(error instanceof ConductorApiError && error.isNotFound);
      assert.equal(error.serverMessage, 'Task not found for taskId: gone');
      assert.equal(error.message, 'GET /api/tasks/gone answered 204 No Content: Task not found for taskId: gone.');
      return true;
    });
  });
});
