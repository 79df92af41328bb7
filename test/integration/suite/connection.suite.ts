/**
 * Connections in a real VS Code: the built-in Local profile starts the bundled engine and the status bar shows it
 * healthy; switching to an unreachable profile shows the failure there; the registration-aware checks warn, naming
 * the profile, about a task definition and a sub-workflow that Local does not have, and clear once they are
 * registered through the REST client; a workflow file that differs from its registered version gets the code lens.
 */
import * as assert from 'node:assert/strict';
import { createServer } from 'node:net';
import * as vscode from 'vscode';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import { differsTitle } from '../../../client/src/registry/registryCodeLens';
import type { Health } from '../../../client/src/statusBar/healthProbe';
import { NOT_REGISTERED_CODE as TASK_NOT_REGISTERED } from '../../../server/src/service/rules/missingTaskDefinition';
import { NOT_REGISTERED_CODE as SUB_WORKFLOW_NOT_REGISTERED } from '../../../server/src/service/rules/unknownSubWorkflow';
import { activateExtension, codeOf, openFixture, snap, waitForDiagnostics } from './helpers';

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

const codes = (diagnostics: readonly vscode.Diagnostic[]): string[] => diagnostics.map(codeOf);

suite('Connection', () => {
  suiteSetup(async () => {
    api = (await activateExtension()).exports as ConductorExtensionApi;
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

  suite('registration-aware checks', () => {
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('conductor');
    suiteSetup(async () => {
      await api.connections.connect();
      await config().update('validation.checkRegistered', true, vscode.ConfigurationTarget.Workspace);
    });
    suiteTeardown(async () => {
      // Back to the shared workspace's value (see test/integration/workspace/.vscode/settings.json).
      await config().update('validation.checkRegistered', false, vscode.ConfigurationTarget.Workspace);
    });

    test('an unregistered task def and sub-workflow warn naming the profile, and clear once registered', async () => {
      const document = await openFixture('connection/registry.workflow.json');
      const warned = await waitForDiagnostics(
        document.uri,
        (d) => codes(d).includes(TASK_NOT_REGISTERED) && codes(d).includes(SUB_WORKFLOW_NOT_REGISTERED),
        'the not-registered-on-Local warnings',
      );
      const task = warned.find((d) => codeOf(d) === TASK_NOT_REGISTERED);
      assert.match(task?.message ?? '', /'connection_unregistered_task' is not registered on server "Local"/);
      assert.equal(task?.severity, vscode.DiagnosticSeverity.Warning);
      await snap('connection-not-registered');
      const { client } = await api.connections.connect();
      await client.metadata.registerTaskDefs([
        { name: 'connection_unregistered_task', ownerEmail: 'team@example.com' },
      ]);
      const wait = { name: 'w', taskReferenceName: 'w', type: 'WAIT' };
      await client.metadata.registerWorkflowDef({
        name: 'connection_child_flow',
        version: 1,
        ownerEmail: 'team@example.com',
        tasks: [wait],
      });
      await vscode.commands.executeCommand('conductor.refreshRegistry');
      await waitForDiagnostics(
        document.uri,
        (d) => !codes(d).includes(TASK_NOT_REGISTERED) && !codes(d).includes(SUB_WORKFLOW_NOT_REGISTERED),
        'the warnings to clear after registering',
      );
    });

    test('a workflow file that differs from its registered version gets the "differs" code lens', async () => {
      const document = await openFixture('connection/lens.workflow.json');
      const { client } = await api.connections.connect();
      const definition = JSON.parse(document.getText()) as Parameters<typeof client.metadata.registerWorkflowDef>[0];
      await client.metadata.registerWorkflowDef(definition, true);
      await vscode.commands.executeCommand('conductor.refreshRegistry');
      const title = differsTitle('Local', 1);
      const lensTitles = async (): Promise<string[]> => {
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
          'vscode.executeCodeLensProvider',
          document.uri,
        );
        return lenses.map((lens) => lens.command?.title ?? '');
      };
      assert.ok(!(await lensTitles()).includes(title), 'the same content must not show the lens');
      await client.metadata.registerWorkflowDef({ ...definition, description: 'Changed on the server' }, true);
      await vscode.commands.executeCommand('conductor.refreshRegistry');
      assert.ok((await lensTitles()).includes(title), `expected the lens "${title}"`);
      await snap('connection-differs-lens');
    });
  });
});
