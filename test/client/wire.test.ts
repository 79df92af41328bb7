/**
 * What goes over the wire, seen by a loopback fake server: the base URL with or without `/api`, JSON request bodies,
 * query parameters (undefined ones left out), encoded path segments, and `text/plain` ids (reference/conductor.md §3.2).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConductorClient, normalizeBaseUrl } from '../../client/src/api';
import { sendJson, startFakeServer, type FakeServer } from './clientHarness';

let fake: FakeServer;

before(async () => {
  fake = await startFakeServer((request, response) => {
    if (request.url === '/api/metadata/taskdefs') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"truncated":');
    } else if (request.url === '/api/workflow' && request.method === 'POST') {
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      response.end('wf-123');
    } else sendJson(response, 200, []);
  });
});
after(() => fake.close());

void describe('wire', () => {
  void it('accepts base URLs with or without /api and trailing slashes', () => {
    assert.equal(normalizeBaseUrl('http://localhost:8080/api/'), 'http://localhost:8080');
    assert.equal(normalizeBaseUrl('http://localhost:8080'), 'http://localhost:8080');
    assert.equal(normalizeBaseUrl('https://x.orkes.io/api'), 'https://x.orkes.io');
    assert.throws(() => normalizeBaseUrl('localhost:8080'), /must start with http:\/\/ or https:\/\//);
    assert.throws(
      () => normalizeBaseUrl('not a url'),
      /^Error: The server URL must start with http:\/\/ or https:\/\/ \(got "not a url"\), e\.g\. http:\/\/localhost:8080\/api\.$/,
    );
  });

  void it('a 200 that claims JSON but is not says so instead of returning text', async () => {
    const client = new ConductorClient({ profile: 'fake', baseUrl: fake.url });
    await assert.rejects(
      client.metadata.listTaskDefs(),
      /^ConductorApiError: GET \/api\/metadata\/taskdefs answered 200 with a body that is not valid JSON: \{"truncated":\. Is http:\/\/127\.0\.0\.1:\d+ a Conductor server\?$/,
    );
  });

  void it('§3.2 reads a text/plain id, sends JSON bodies and leaves undefined query values out', async () => {
    const client = new ConductorClient({ profile: 'fake', baseUrl: `${fake.url}/api/` });
    assert.equal(await client.workflows.start({ name: 'x', input: { a: 1 } }), 'wf-123');
    const started = fake.requests.at(-1);
    assert.equal(started?.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(started?.body ?? ''), { name: 'x', input: { a: 1 } });
    await client.workflows.search({ freeText: 'needle' });
    assert.equal(
      fake.requests.at(-1)?.url,
      '/api/workflow/search?freeText=needle&sort=startTime%3ADESC&start=0&size=20',
    );
    await client.workflows.terminate('id 1');
    assert.equal(fake.requests.at(-1)?.url, '/api/workflow/id%201');
  });
});
