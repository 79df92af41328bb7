/**
 * Schedule calls (`/api/scheduler`, engine/src/schedules/README.md). The engine does not serve these routes yet, so
 * a loopback fake server records what the client sends and answers as the conductor-oss scheduler module does.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConductorApiError, ConductorClient, type WorkflowSchedule } from '../../client/src/api';
import { sendJson, startFakeServer, type FakeServer } from './clientHarness';

let fake: FakeServer;
let client: ConductorClient;
const schedule: WorkflowSchedule = {
  name: 'nightly',
  cronExpression: '0 0 2 * * *',
  startWorkflowRequest: { name: 'client_flow', input: { who: 'cron' } },
};

before(async () => {
  fake = await startFakeServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://fake');
    if (pathname === '/api/scheduler/schedules/missing') {
      return sendJson(response, 404, { status: 404, message: "Schedule 'missing' not found" });
    }
    if (request.method === 'POST') return sendJson(response, 200, { ...JSON.parse(request.body), nextRunTime: 1 });
    if (pathname === '/api/scheduler/nextFewSchedules') return sendJson(response, 200, [1000, 2000]);
    if (request.method === 'GET' && pathname === '/api/scheduler/schedules') return sendJson(response, 200, [schedule]);
    if (request.method === 'GET') return sendJson(response, 200, schedule);
    response.writeHead(200, { 'Content-Length': 0 }).end();
  });
  client = new ConductorClient({ profile: 'fake', baseUrl: fake.url });
});
after(() => fake.close());

const last = (): string => {
  const request = fake.requests.at(-1);
  return `${request?.method} ${request?.url}`;
};

void describe('schedules', () => {
  void it('saves, lists, gets, pauses, resumes and deletes with the scheduler module paths', async () => {
    assert.equal((await client.schedules.save(schedule)).nextRunTime, 1);
    assert.deepEqual(JSON.parse(fake.requests.at(-1)?.body ?? ''), schedule);
    assert.deepEqual(await client.schedules.list('client_flow'), [schedule]);
    assert.equal(last(), 'GET /api/scheduler/schedules?workflowName=client_flow');
    assert.equal((await client.schedules.get('nightly')).name, 'nightly');
    await client.schedules.pause('nightly', 'maintenance');
    assert.equal(last(), 'PUT /api/scheduler/schedules/nightly/pause?reason=maintenance');
    await client.schedules.resume('nightly');
    assert.equal(last(), 'PUT /api/scheduler/schedules/nightly/resume');
    await client.schedules.delete('nightly');
    assert.equal(last(), 'DELETE /api/scheduler/schedules/nightly');
  });

  void it('asks for the next run times of a cron', async () => {
    assert.deepEqual(await client.schedules.nextRuns('0 0 2 * * *', { limit: 2 }), [1000, 2000]);
    assert.equal(last(), 'GET /api/scheduler/nextFewSchedules?cronExpression=0+0+2+*+*+*&limit=2');
  });

  void it("maps Schedule '<name>' not found to a 404", async () => {
    await assert.rejects(client.schedules.get('missing'), (error: unknown) => {
      assert.ok(error instanceof ConductorApiError && error.isNotFound);
      assert.equal(error.serverMessage, "Schedule 'missing' not found");
      return true;
    });
  });
});
