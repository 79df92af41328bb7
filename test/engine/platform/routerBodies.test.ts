/**
 * The HTTP router over real HTTP on 127.0.0.1: request bodies (JSON, malformed, missing, too big) and reply kinds.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestRouter } from './testRouter';
import type { TestRouter } from './testRouter';

let router: TestRouter;

before(async () => {
  router = await startTestRouter();
});

after(() => router.close());

void describe('bodies', () => {
  void it('parses a JSON body', async () => {
    const { text: body } = await router.call('POST', '/api/echo', '{"a":[1,2]}');
    assert.deepEqual(JSON.parse(body), { a: [1, 2] });
  });

  void it('answers 400 (not Conductor 500) with the parser reason for malformed JSON', async () => {
    const { response, text: body } = await router.call('POST', '/api/echo', '{"a":');
    assert.equal(response.status, 400);
    assert.match((JSON.parse(body) as { message: string }).message, /^Malformed JSON in the request body: /);
  });

  void it('ignores a JSON content type on a GET without a body (Python SDK, trap 5)', async () => {
    const response = await fetch(`${router.url}/api/workflow/x`, { headers: { 'Content-Type': 'application/json' } });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { id: string }).id, 'x');
  });

  void it('answers 400 for a missing body', async () => {
    const { response, text: body } = await router.call('POST', '/api/echo');
    assert.equal(response.status, 400);
    assert.match(body, /request body is missing/);
  });

  void it('answers 413 for a body above the limit, declared or chunked, and keeps serving', async () => {
    const big = `"${'x'.repeat(5000)}"`;
    assert.equal((await router.call('POST', '/api/echo', big)).response.status, 413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(200)));
        controller.close();
      },
    });
    const chunked = await fetch(`${router.url}/api/echo`, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    });
    assert.equal(chunked.status, 413);
    await chunked.text();
    assert.equal((await router.call('POST', '/api/echo', '1')).response.status, 200);
  });
});

void describe('replies', () => {
  void it('sends ids as text/plain', async () => {
    const { response, text: body } = await router.call('POST', '/api/workflow/wf', '{}');
    assert.equal(response.headers.get('content-type'), 'text/plain;charset=UTF-8');
    assert.equal(body, 'started wf');
  });

  void it('sends void answers as 200 with Content-Length: 0 and no content type (trap 3)', async () => {
    const { response, text: body } = await router.call('PUT', '/api/void');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-length'), '0');
    assert.equal(response.headers.get('content-type'), null);
    assert.equal(body, '');
  });

  void it('sends 204 without a body', async () => {
    const { response, text: body } = await router.call('POST', '/api/none');
    assert.equal(response.status, 204);
    assert.equal(body, '');
  });
});
