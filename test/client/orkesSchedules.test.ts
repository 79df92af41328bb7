/**
 * Schedule pause/resume against a loopback fake of Orkes' scheduler (the engine is conductor-oss-shaped): Orkes
 * takes `GET /api/scheduler/schedules/{name}/pause|resume` and answers PUT with 405, where conductor-oss takes PUT
 * (Orkes' OpenAPI spec in the JS SDK; the Java SDK's SchedulerResource tries one method, then the other on a 405).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConductorApiError, ConductorClient } from '../../client/src/api';
import { sendJson, startFakeServer, type FakeServer } from './clientHarness';

let fake: FakeServer;

before(async () => {
  fake = await startFakeServer((request, response) => {
    const path = request.url.split('?')[0] ?? '';
    if (/^\/api\/scheduler\/schedules\/[^/]+\/(pause|resume)$/.test(path) && request.method !== 'GET') {
      return sendJson(response, 405, { status: 405, message: `Request method '${request.method}' is not supported` });
    }
    if (path === '/api/scheduler/schedules/missing/pause') {
      return sendJson(response, 404, { status: 404, message: "Schedule 'missing' not found" });
    }
    response.writeHead(200, { 'Content-Length': 0 });
    response.end();
  });
});
after(() => fake.close());

const calls = (): string[] => fake.requests.map((request) => `${request.method} ${request.url}`);

void describe('schedules on Orkes', () => {
  void it('pause and resume fall back to GET when the server refuses PUT with 405', async () => {
    const client = new ConductorClient({ profile: 'Orkes', baseUrl: fake.url });
    fake.requests.length = 0;
    await client.schedules.pause('nightly', 'maintenance window');
    await client.schedules.resume('nightly');
    assert.deepEqual(calls(), [
      'PUT /api/scheduler/schedules/nightly/pause?reason=maintenance+window',
      'GET /api/scheduler/schedules/nightly/pause?reason=maintenance+window',
      'PUT /api/scheduler/schedules/nightly/resume',
      'GET /api/scheduler/schedules/nightly/resume',
    ]);
  });

  void it('any other failure of the fallback is reported as the server said it', async () => {
    const client = new ConductorClient({ profile: 'Orkes', baseUrl: fake.url });
    await assert.rejects(client.schedules.pause('missing'), (error: unknown) => {
      assert.ok(error instanceof ConductorApiError);
      assert.equal(error.status, 404);
      assert.equal(error.serverMessage, "Schedule 'missing' not found");
      return true;
    });
  });
});
