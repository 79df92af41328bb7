/**
 * What Conductor servers older than the engine's model answer differently, against a loopback fake of one (the
 * engine follows conductor-oss HEAD and cannot play an older release). Facts from conductor-oss history:
 * `POST /api/metadata/workflow?overwrite` exists only since v3.31.2 (§8), before it a second POST of a name and
 * version is a 409 whatever the parameter says, and `PUT /api/metadata/workflow` is the upsert (§3.1).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkflowDef } from '../../common/src/model';
import { ConductorClient } from '../../client/src/api';
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
      return response.end();
    }
    if (path === WORKFLOW && request.method === 'PUT') {
      const defs = JSON.parse(request.body) as WorkflowDef[];
      for (const def of defs) registered.set(key(def), def);
      return sendJson(response, 200, { bulkErrorResults: {}, bulkSuccessfulResults: defs.map((def) => def.name) });
    }
    sendJson(response, 404, { status: 404, message: 'Not found' });
  });
});
after(() => fake.close());

void describe('a Conductor before v3.31.2', () => {
  void it('§3.1 overwriting a registered workflow replaces it (PUT) after the POST answers 409', async () => {
    const client = new ConductorClient({ profile: 'v3.21', baseUrl: fake.url });
    const first: WorkflowDef = { name: 'flow', version: 1, description: 'first', tasks: [] };
    await client.metadata.registerWorkflowDef(first, false);
    await assert.rejects(client.metadata.registerWorkflowDef({ ...first, description: 'kept?' }, false), /409/);
    await client.metadata.registerWorkflowDef({ ...first, description: 'second' }, true);
    assert.equal(registered.get('flow.1')?.description, 'second');
  });
});
