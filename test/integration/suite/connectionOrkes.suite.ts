/**
 * An Orkes profile in a real VS Code against a loopback fake Orkes server started in this extension-host process
 * (the engine has no auth): the key secret comes from VS Code's SecretStorage and travels only in `POST /api/token`;
 * later requests carry the token; a wrong secret shows the server's refusal with the next step and never the secret;
 * without a secret the background probe says what to run instead of prompting.
 */
import * as assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import * as vscode from 'vscode';
import { MISSING_SECRET_MESSAGE } from '../../../client/src/connection/connector';
import { secretKey } from '../../../client/src/connection/secrets';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import { activateExtension, snap } from './helpers';

const PROFILE = 'Orkes test';
const SECRET = 'orkes-test-secret-3f9a';
const TOKEN = 'token-for-key-1';
let api: ConductorExtensionApi;
let server: Server;
const seen: { url: string; body: string; headers: IncomingMessage['headers'] }[] = [];

/** Answers like Orkes: a token for the right key secret, 401 for everything without that token. */
function fakeOrkes(): Promise<string> {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      seen.push({ url: request.url ?? '', body, headers: request.headers });
      const answer = (status: number, value: unknown): void => {
        response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
      };
      if (request.url === '/api/token') {
        const { keySecret } = JSON.parse(body) as { keySecret?: string };
        return keySecret === SECRET ? answer(200, { token: TOKEN }) : answer(401, { message: 'Invalid key' });
      }
      if (request.headers['x-authorization'] !== TOKEN) return answer(401, { message: 'Token required' });
      answer(200, request.url === '/health' ? { healthy: true, healthResults: [] } : []);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '');
    }),
  );
}

/** Makes the Orkes profile active with `secret` stored, and probes it. */
async function useProfile(secret: string): Promise<void> {
  await api.services.context.secrets.store(secretKey(PROFILE), secret);
  api.connections.reset();
  await vscode.commands.executeCommand('conductor.selectServer', PROFILE);
  await api.statusBar.refresh();
}

suite('Connection Orkes', () => {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('conductor');
  suiteSetup(async () => {
    api = (await activateExtension()).exports as ConductorExtensionApi;
    const url = await fakeOrkes();
    await config().update('servers', [{ name: PROFILE, baseUrl: `${url}/api`, auth: 'orkes', keyId: 'key-1' }], true);
  });
  suiteTeardown(async () => {
    await config().update('activeServer', undefined, true);
    await config().update('servers', undefined, true);
    await api.services.context.secrets.delete(secretKey(PROFILE));
    await new Promise((resolve) => server.close(resolve));
  });

  test('the stored secret goes only into the token call; requests carry the token', async () => {
    seen.length = 0;
    await useProfile(SECRET);
    assert.equal(api.statusBar.health.state, 'healthy', JSON.stringify(api.statusBar.health));
    assert.equal(api.statusBar.text, `$(pass-filled) Conductor: ${PROFILE}`);
    const token = seen.filter((request) => request.url === '/api/token');
    assert.equal(token.length, 1);
    assert.deepEqual(JSON.parse(token[0]?.body ?? '{}'), { keyId: 'key-1', keySecret: SECRET });
    for (const request of seen.filter((r) => r.url !== '/api/token')) {
      assert.equal(request.headers['x-authorization'], TOKEN, request.url);
      assert.ok(!`${request.body}${JSON.stringify(request.headers)}`.includes(SECRET), request.url);
    }
    assert.ok(!JSON.stringify(config().inspect('servers')).includes(SECRET), 'the secret is never in the settings');
  });

  test('a wrong secret shows the refusal and what to check, never the secret', async () => {
    await useProfile('wrong-secret-77');
    const health = api.statusBar.health;
    assert.equal(health.state, 'unhealthy');
    const reason = health.state === 'unhealthy' ? health.reason : '';
    assert.match(reason, new RegExp(`Profile "${PROFILE}": the server rejected key id "key-1" \\(401\\)`));
    assert.ok(!reason.includes('wrong-secret-77'));
    await snap('connection-orkes-rejected');
  });

  test('without a secret the background probe says what to run instead of prompting', async () => {
    // Not through Select Server: choosing a profile asks for a missing secret, which a test cannot answer.
    await api.services.context.secrets.delete(secretKey(PROFILE));
    api.connections.reset();
    await api.statusBar.refresh();
    const health = api.statusBar.health;
    assert.equal(health.state === 'unhealthy' ? health.reason : '', MISSING_SECRET_MESSAGE(PROFILE));
  });
});
