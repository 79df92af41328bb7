/**
 * Execution calls against a loopback fake of Orkes where it differs from conductor-oss (the engine follows
 * conductor-oss): Orkes binds the SkipTaskRequest of `PUT /api/workflow/{id}/skiptask/{ref}` from a required JSON
 * body (its OpenAPI spec in the JS SDK), where conductor-oss binds it from query parameters and ignores a body (§3.2);
 * the Java and JS SDKs send `{}`. executions.test.ts checks the same call on the engine.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConductorClient } from '../../client/src/api';
import { sendJson, startFakeServer, type FakeServer } from './clientHarness';

let fake: FakeServer;

before(async () => {
  fake = await startFakeServer((request, response) => {
    const isJson = request.headers['content-type']?.startsWith('application/json') === true;
    if (request.method === 'PUT' && request.url.includes('/skiptask/') && !(isJson && request.body !== '')) {
      return sendJson(response, 400, { status: 400, message: 'Required request body is missing' });
    }
    response.writeHead(200, { 'Content-Length': 0 });
    response.end();
  });
});
after(() => fake.close());

void describe('executions on Orkes', () => {
  void it('§3.2 skipping a task sends a SkipTaskRequest body, which Orkes requires', async () => {
    const client = new ConductorClient({ profile: 'Orkes', baseUrl: fake.url });
    await client.workflows.skipTask('wf-1', 'second');
    const sent = fake.requests.at(-1);
    assert.equal(sent?.url, '/api/workflow/wf-1/skiptask/second');
    assert.deepEqual(JSON.parse(sent?.body ?? ''), {});
  });
});
