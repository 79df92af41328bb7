/**
 * Failure modes the real engine cannot produce, against a loopback fake server (and a closed port): a 500 with an
 * HTML page, a 200 with an HTML page (a login proxy, a UI's SPA fallback), a plain-text error, a server that never
 * answers (the timeout fires, nothing hangs), connection refused.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ConductorApiError, ConductorClient, errorMessage } from '../../client/src/api';
import { networkError } from '../../client/src/api/errorBodies';
import { sendJson, startFakeServer, type FakeServer } from './clientHarness';

let fake: FakeServer;
/** Requests that hang are released here at the end, so the server can close. */
const hanging: (() => void)[] = [];

before(async () => {
  fake = await startFakeServer((request, response) => {
    if (request.url.startsWith('/api/metadata/workflow/html')) {
      response.writeHead(500, { 'Content-Type': 'text/html' });
      response.end('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>');
    } else if (request.url.startsWith('/api/metadata/workflow/spa')) {
      response.writeHead(200, { 'Content-Type': 'text/html;charset=UTF-8' });
      response.end('<!doctype html><html><head><title>Sign in</title></head><body><div id="root"></div></body></html>');
    } else if (request.url.startsWith('/api/metadata/workflow/text')) {
      response.writeHead(503, { 'Content-Type': 'text/plain' });
      response.end('upstream connect error');
    } else if (request.url.startsWith('/api/metadata/workflow/slow')) {
      hanging.push(() => response.end());
    } else if (request.url.startsWith('/api/metadata/workflow/trickle')) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"name":');
      hanging.push(() => response.end());
    } else sendJson(response, 200, []);
  });
});
after(async () => {
  for (const release of hanging) release();
  await fake.close();
});

async function failure(call: () => Promise<unknown>): Promise<ConductorApiError> {
  const error = await call().then(
    () => assert.fail('the call should have failed'),
    (thrown: unknown) => thrown,
  );
  assert.ok(error instanceof ConductorApiError, `expected a ConductorApiError, got ${errorMessage(error)}`);
  return error;
}

/** A port that was free a moment ago, so nothing listens on it. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

void describe('error answers', () => {
  void it('a 500 with an HTML page says so by its title and points at the server log', async () => {
    const client = new ConductorClient({ profile: 'fake', baseUrl: fake.url });
    const error = await failure(() => client.metadata.getWorkflowDef('html'));
    assert.equal(error.status, 500);
    assert.equal(error.serverMessage, 'an HTML page "502 Bad Gateway"');
    assert.match(error.message, /^GET \/api\/metadata\/workflow\/html failed with 500 .*502 Bad Gateway.*see its log/);
    assert.equal(error.validationErrors, undefined);
  });

  void it('§3 a 200 with an HTML page (proxy login, SPA fallback) is not Conductor JSON: it fails and says so', async () => {
    const client = new ConductorClient({ profile: 'fake', baseUrl: fake.url });
    const error = await failure(() => client.metadata.getWorkflowDef('spa'));
    assert.equal(error.status, 200);
    assert.equal(error.serverMessage, 'an HTML page "Sign in"');
    assert.match(
      error.message,
      /^GET \/api\/metadata\/workflow\/spa answered 200 with .*an HTML page "Sign in".*Is http:\/\/127\.0\.0\.1:\d+ a Conductor server\?$/,
    );
  });

  void it('a plain-text error body becomes the message', async () => {
    const client = new ConductorClient({ profile: 'fake', baseUrl: fake.url });
    const error = await failure(() => client.metadata.getWorkflowDef('text'));
    assert.equal(error.status, 503);
    assert.equal(error.serverMessage, 'upstream connect error');
    assert.equal(error.body, 'upstream connect error');
  });
});

void describe('no answer', () => {
  void it('a server that never answers times out with status 0 and a message naming the timeout', async () => {
    const client = new ConductorClient({ profile: 'fake', baseUrl: fake.url, timeoutMs: 300 });
    const started = Date.now();
    const error = await failure(() => client.metadata.getWorkflowDef('slow'));
    assert.ok(Date.now() - started < 5_000, 'the timeout must fire, not hang');
    assert.equal(error.status, 0);
    assert.equal(error.reason, 'timeout');
    assert.ok(error.isUnreachable);
    assert.match(error.message, /got no answer within 0.3 s/);
  });

  void it('a body that stops half-way also times out', async () => {
    const client = new ConductorClient({ profile: 'fake', baseUrl: fake.url, timeoutMs: 300 });
    const error = await failure(() => client.metadata.getWorkflowDef('trickle'));
    assert.equal(error.reason, 'timeout');
  });

  void it('connection refused says where and asks whether the server runs', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const client = new ConductorClient({ profile: 'down', baseUrl: url });
    const error = await failure(() => client.health());
    assert.equal(error.status, 0);
    assert.equal(error.reason, 'refused');
    assert.equal(error.message, `Could not reach ${url}: connection refused. Is the server running?`);
  });

  void it('an unknown host name says to check the URL (the fetch failure is built here: no DNS offline)', () => {
    const failed = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }),
    });
    const context = { method: 'GET', path: '/health', baseUrl: 'http://conductor.invalid:8080', timeoutMs: 1000 };
    const error = networkError(context, failed);
    assert.equal(error.reason, 'dns');
    assert.equal(
      error.message,
      'Could not reach http://conductor.invalid:8080: the host name could not be resolved. Check the server URL.',
    );
  });

  void it('a caller cancellation ends the request at once', async () => {
    const client = new ConductorClient({ profile: 'fake', baseUrl: fake.url });
    const controller = new AbortController();
    const pending = client.http.request('GET', '/api/metadata/workflow/slow', { signal: controller.signal });
    controller.abort();
    const error = await failure(() => pending);
    assert.equal(error.reason, 'aborted');
  });
});
