/**
 * The Execute command on servers without the synchronous execute (conductor-oss before v3.21.23, §8): their 404
 * "No static resource …" (or Spring's own 404 body) and the 405 of a name that hits another mapping are recognised,
 * from a loopback fake server answering as they do (the engine has the endpoint); a 404 from the real engine for an
 * unknown workflow is not.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConductorClient } from '../../../client/src/api';
import { isNoSyncExecute, noSyncExecuteMessage } from '../../../client/src/commands/start/executeSupport';
import { sendJson, startEngineClient, startFakeServer } from '../clientHarness';

/** The error `execute` rejects with. */
async function executeError(client: ConductorClient): Promise<unknown> {
  return client.workflows.execute({ name: 'missing', version: 1, input: {} }).then(
    () => assert.fail('execute should have failed'),
    (error: unknown) => error,
  );
}

void describe('servers without the synchronous execute', () => {
  void it('a 405 from an older server is recognised, and the message points to Start', async () => {
    const old = await startFakeServer((request, response) => {
      const path = new URL(request.url, 'http://x').pathname;
      sendJson(response, 405, { timestamp: 0, status: 405, error: 'Method Not Allowed', path });
    });
    try {
      const error = await executeError(new ConductorClient({ profile: 'old', baseUrl: `${old.url}/api` }));
      assert.equal(isNoSyncExecute(error), true);
      assert.equal(old.requests[0]?.method, 'POST');
      assert.match(noSyncExecuteMessage('old'), /^old has no synchronous execute .*Start the workflow instead/);
    } finally {
      await old.close();
    }
  });

  void it('the 404 (or 500) of an older conductor-oss (no handler: NoResourceFoundException, §3) is recognised', async () => {
    const noResource = (status: number) => (path: string) => ({
      status,
      message: `No static resource ${path.slice(1)}.`,
      retryable: false,
    });
    // HEAD's exception mapper answers 404; an older one maps every unknown exception to 500; older Spring: its body.
    const answers = [noResource(404), noResource(500), (path: string) => ({ status: 404, error: 'Not Found', path })];
    for (const answer of answers) {
      const old = await startFakeServer((request, response) => {
        const body = answer(new URL(request.url, 'http://x').pathname);
        sendJson(response, body.status, body);
      });
      try {
        const error = await executeError(new ConductorClient({ profile: 'old', baseUrl: `${old.url}/api` }));
        assert.equal(isNoSyncExecute(error), true, JSON.stringify(answer('/p')));
        assert.equal(isNoSyncExecute(new Error('No static resource x')), false);
      } finally {
        await old.close();
      }
    }
  });

  void it('a 404 for an unknown workflow on a server that has it is an ordinary failure', async () => {
    const h = await startEngineClient();
    try {
      assert.equal(isNoSyncExecute(await executeError(h.client)), false);
    } finally {
      await h.engine.close();
    }
  });
});
