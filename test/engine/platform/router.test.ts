/**
 * The HTTP router over real HTTP on 127.0.0.1: routing order, parameters, bodies, content types, error mapping.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '../../../engine/src/http';
import {
  ConflictError,
  IllegalStateError,
  NotFoundError,
  createRouter,
  empty,
  json,
  noContent,
  text,
} from '../../../engine/src/http';

let server: RunningServer;

before(async () => {
  const router = createRouter({ maxBodyBytes: 1000 });
  // Registered before the fixed route on purpose: specificity, not order, must decide (clients doc §6 trap 8).
  router.route('GET', '/api/workflow/{workflowId}', (request) =>
    json({ id: request.param('workflowId'), includeTasks: request.query.bool('includeTasks', true) }),
  );
  router.route('GET', '/api/workflow/search', (request) =>
    json({ search: true, size: request.query.int('size', 100) }),
  );
  router.route('POST', '/api/workflow/{name}', (request) => text(`started ${request.param('name')}`));
  router.route('POST', '/api/echo', (request) => json(request.json()));
  router.route('PUT', '/api/void', () => empty());
  router.route('POST', '/api/none', () => noContent());
  router.route('GET', '/api/errors/{kind}', async (request) => {
    await Promise.resolve();
    const kind = request.param('kind');
    if (kind === 'notfound') throw new NotFoundError('No such workflow found by id: x');
    if (kind === 'conflict') throw new ConflictError('Workflow x has ended, status cannot be updated.');
    if (kind === 'state') throw new IllegalStateError('The workflow x is not PAUSED so cannot resume.');
    throw new Error('boom');
  });
  server = await router.listen(0);
});

after(() => server.close());

async function call(method: string, path: string, body?: string): Promise<{ response: Response; text: string }> {
  const response = await fetch(`${server.url}${path}`, { method, body });
  return { response, text: await response.text() };
}

void describe('routing', () => {
  void it('routes fixed segments before {param} whatever the registration order', async () => {
    const { text: body } = await call('GET', '/api/workflow/search?size=5');
    assert.deepEqual(JSON.parse(body), { search: true, size: 5 });
  });

  void it('decodes path parameters', async () => {
    const { text: body } = await call('GET', '/api/workflow/a%20b%2Fc');
    assert.equal((JSON.parse(body) as { id: string }).id, 'a b/c');
  });

  void it('answers 400 for a path that is not validly percent-encoded', async () => {
    const { response } = await call('GET', '/api/workflow/%E0%A4%A');
    assert.equal(response.status, 400);
  });

  void it('answers 404 JSON for unknown routes, including the SDK probes POST /api/token and update-v2 (trap 7)', async () => {
    for (const path of ['/api/token', '/api/tasks/update-v2', '/nothing']) {
      const { response, text: body } = await call('POST', path, '{}');
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('content-type'), 'application/json');
      const error = JSON.parse(body) as { status: number; message: string; retryable: boolean; instance: string };
      assert.equal(error.status, 404);
      assert.match(error.message, /No endpoint POST/);
      assert.equal(error.retryable, false);
      assert.equal(typeof error.instance, 'string');
    }
  });

  void it('answers 405 with Allow for a known path and another method', async () => {
    const { response } = await call('DELETE', '/api/void');
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'PUT');
  });
});

void describe('query parameters (clients doc §6 item 6)', () => {
  void it('parses booleans case-insensitively', async () => {
    for (const [value, expected] of [
      ['False', false],
      ['TRUE', true],
      ['false', false],
    ] as const) {
      const { text: body } = await call('GET', `/api/workflow/x?includeTasks=${value}`);
      assert.equal((JSON.parse(body) as { includeTasks: boolean }).includeTasks, expected, value);
    }
  });

  void it('treats blank values as absent and ignores unknown parameters', async () => {
    const { text: body } = await call('GET', '/api/workflow/x?includeTasks=&metadata=false&skipCache=false');
    assert.equal((JSON.parse(body) as { includeTasks: boolean }).includeTasks, true);
  });

  void it('rejects a non-boolean and a non-integer with 400 and the parameter name', async () => {
    const bad = await call('GET', '/api/workflow/x?includeTasks=maybe');
    assert.equal(bad.response.status, 400);
    assert.match(bad.text, /includeTasks/);
    const badInt = await call('GET', '/api/workflow/search?size=ten');
    assert.equal(badInt.response.status, 400);
    assert.match(badInt.text, /size/);
  });
});

void describe('bodies', () => {
  void it('parses a JSON body', async () => {
    const { text: body } = await call('POST', '/api/echo', '{"a":[1,2]}');
    assert.deepEqual(JSON.parse(body), { a: [1, 2] });
  });

  void it('answers 400 (not Conductor 500) with the parser reason for malformed JSON', async () => {
    const { response, text: body } = await call('POST', '/api/echo', '{"a":');
    assert.equal(response.status, 400);
    assert.match((JSON.parse(body) as { message: string }).message, /^Malformed JSON in the request body: /);
  });

  void it('answers 400 for a missing body', async () => {
    const { response, text: body } = await call('POST', '/api/echo');
    assert.equal(response.status, 400);
    assert.match(body, /request body is missing/);
  });

  void it('answers 413 for a body above the limit, declared or chunked, and keeps serving', async () => {
    const big = `"${'x'.repeat(5000)}"`;
    assert.equal((await call('POST', '/api/echo', big)).response.status, 413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(200)));
        controller.close();
      },
    });
    const chunked = await fetch(`${server.url}/api/echo`, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    });
    assert.equal(chunked.status, 413);
    await chunked.text();
    assert.equal((await call('POST', '/api/echo', '1')).response.status, 200);
  });
});

void describe('replies', () => {
  void it('sends ids as text/plain', async () => {
    const { response, text: body } = await call('POST', '/api/workflow/wf', '{}');
    assert.equal(response.headers.get('content-type'), 'text/plain;charset=UTF-8');
    assert.equal(body, 'started wf');
  });

  void it('sends void answers as 200 with Content-Length: 0 and no content type (trap 3)', async () => {
    const { response, text: body } = await call('PUT', '/api/void');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-length'), '0');
    assert.equal(response.headers.get('content-type'), null);
    assert.equal(body, '');
  });

  void it('sends 204 without a body', async () => {
    const { response, text: body } = await call('POST', '/api/none');
    assert.equal(response.status, 204);
    assert.equal(body, '');
  });
});

void describe('error mapping (§3 Errors, §0.8)', () => {
  for (const [kind, status, message] of [
    ['notfound', 404, 'No such workflow found by id: x'],
    ['conflict', 409, 'Workflow x has ended, status cannot be updated.'],
    ['state', 500, 'The workflow x is not PAUSED so cannot resume.'],
    ['other', 500, 'boom'],
  ] as const) {
    void it(`maps ${kind} to ${status}`, async () => {
      const { response, text: body } = await call('GET', `/api/errors/${kind}`);
      assert.equal(response.status, status);
      const error = JSON.parse(body) as { status: number; message: string };
      assert.equal(error.status, status);
      assert.equal(error.message, message);
    });
  }
});
