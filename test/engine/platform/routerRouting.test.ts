/**
 * The HTTP router over real HTTP on 127.0.0.1: routing order, path and query parameters, error mapping.
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

void describe('routing', () => {
  void it('routes fixed segments before {param} whatever the registration order', async () => {
    const { text: body } = await router.call('GET', '/api/workflow/search?size=5');
    assert.deepEqual(JSON.parse(body), { search: true, size: 5 });
  });

  void it('decodes path parameters', async () => {
    const { text: body } = await router.call('GET', '/api/workflow/a%20b%2Fc');
    assert.equal((JSON.parse(body) as { id: string }).id, 'a b/c');
  });

  void it('answers 400 for a path that is not validly percent-encoded', async () => {
    const { response } = await router.call('GET', '/api/workflow/%E0%A4%A');
    assert.equal(response.status, 400);
  });

  void it('answers 404 JSON for unknown routes, including the SDK probes POST /api/token and update-v2 (trap 7)', async () => {
    for (const path of ['/api/token', '/api/tasks/update-v2', '/nothing']) {
      const { response, text: body } = await router.call('POST', path, '{}');
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
    const { response } = await router.call('DELETE', '/api/void');
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
      const { text: body } = await router.call('GET', `/api/workflow/x?includeTasks=${value}`);
      assert.equal((JSON.parse(body) as { includeTasks: boolean }).includeTasks, expected, value);
    }
  });

  void it('treats blank values as absent and ignores unknown parameters', async () => {
    const { text: body } = await router.call('GET', '/api/workflow/x?includeTasks=&metadata=false&skipCache=false');
    assert.equal((JSON.parse(body) as { includeTasks: boolean }).includeTasks, true);
  });

  void it('rejects a non-boolean and a non-integer with 400 and the parameter name', async () => {
    const bad = await router.call('GET', '/api/workflow/x?includeTasks=maybe');
    assert.equal(bad.response.status, 400);
    assert.match(bad.text, /includeTasks/);
    const badInt = await router.call('GET', '/api/workflow/search?size=ten');
    assert.equal(badInt.response.status, 400);
    assert.match(badInt.text, /size/);
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
      const { response, text: body } = await router.call('GET', `/api/errors/${kind}`);
      assert.equal(response.status, status);
      const error = JSON.parse(body) as { status: number; message: string };
      assert.equal(error.status, status);
      assert.equal(error.message, message);
    });
  }
});
