/**
 * Connections in a real VS Code: the built-in Local profile starts the bundled engine at activation and the status
 * bar shows it healthy; switching to an unreachable profile shows the failure there and switching back recovers; when the engine
 * dies the connection drops and the restart command brings it back (registration-aware checks: connectionRegistry).
 */
import * as assert from 'node:assert/strict';
import { createServer } from 'node:net';
import * as vscode from 'vscode';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import type { Health } from '../../../client/src/statusBar/healthProbe';
import { activateExtension, snap } from './helpers';

const timeoutMs = 30_000;
let api: ConductorExtensionApi;

/** Resolves once the status bar's health satisfies `accept` (now or after a later probe). */
function waitForHealth(accept: (health: Health) => boolean, what: string): Promise<Health> {
  return new Promise((resolve, reject) => {
    const done = (health: Health): boolean => {
      if (!accept(health)) return false;
      clearTimeout(timer);
      subscription.dispose();
      resolve(health);
      return true;
    };
    const subscription = api.statusBar.onDidChangeHealth(done);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out waiting for ${what}; status bar: ${JSON.stringify(api.statusBar.health)}`));
    }, timeoutMs);
    done(api.statusBar.health);
  });
}

/** A 127.0.0.1 port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

suite('Connection', () => {
  suiteSetup(async () => {
    api = (await activateExtension()).exports as ConductorExtensionApi;
  });

  test('the Local engine starts with the extension, before any view or command asks for it', async () => {
    // No connect() here: activation itself starts Local, so the status bar turns healthy on its own.
    await waitForHealth((health) => health.state === 'healthy', 'Local to start at activation');
    assert.match(api.connections.localEngine.url ?? '', /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('the Local profile starts the bundled engine and the status bar shows it healthy', async () => {
    const connection = await api.connections.connect();
    assert.equal(connection.profile.name, 'Local');
    assert.equal(connection.profile.isLocal, true);
    assert.match(connection.profile.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal((await connection.client.health()).healthy, true);
    await api.statusBar.refresh();
    await waitForHealth((health) => health.state === 'healthy', 'Local to be healthy');
    assert.equal(api.statusBar.text, '$(pass-filled) Conductor: Local');
    await snap('connection-local-healthy');
  });

  test('switching to an unreachable profile shows the failure; switching back recovers', async () => {
    const config = vscode.workspace.getConfiguration('conductor');
    const port = await closedPort();
    await config.update('servers', [{ name: 'Unreachable', baseUrl: `http://127.0.0.1:${port}/api` }], true);
    try {
      await vscode.commands.executeCommand('conductor.selectServer', 'Unreachable');
      const health = await waitForHealth((h) => h.state === 'unhealthy', 'the unreachable profile to fail');
      assert.match(
        health.state === 'unhealthy' ? health.reason : '',
        /Could not reach http:\/\/127\.0\.0\.1:\d+.*refused/,
      );
      assert.equal(api.statusBar.text, '$(error) Conductor: Unreachable');
      assert.equal(api.connections.current()?.profile.name, 'Unreachable');
      await snap('connection-unreachable');
      await vscode.commands.executeCommand('conductor.selectServer', 'Local');
      await waitForHealth((h) => h.state === 'healthy', 'Local to be healthy again');
      assert.equal(api.connections.current()?.profile.name, 'Local');
    } finally {
      await config.update('activeServer', undefined, true);
      await config.update('servers', undefined, true);
    }
  });

  test('when the local engine dies, the connection drops and Restart Local Engine brings it back', async () => {
    await api.connections.connect();
    const pid = api.connections.localEngine.pid;
    assert.ok(pid !== undefined, 'the Local engine runs');
    const dropped = new Promise<void>((resolve) => {
      const subscription = api.connections.onDidChangeConnection((connection) => {
        if (connection !== undefined) return;
        subscription.dispose();
        resolve();
      });
    });
    process.kill(pid, 'SIGKILL');
    await dropped;
    await snap('connection-engine-died');
    await vscode.commands.executeCommand('conductor.restartLocalEngine');
    assert.notEqual(api.connections.localEngine.pid, pid);
    const connection = await api.connections.connect();
    assert.equal(connection.profile.baseUrl, api.connections.localEngine.url);
    assert.equal((await connection.client.health()).healthy, true);
    await api.statusBar.refresh();
    await waitForHealth((health) => health.state === 'healthy', 'the restarted engine to be healthy');
  });
});
