/**
 * Registration-aware checks in a real VS Code, against the Local profile's engine: a task definition and a
 * sub-workflow that Local does not have get warnings naming the profile, which clear once they are registered through
 * the REST client; a workflow file that differs from its registered version gets the "differs" code lens. The shared
 * test workspace turns the checks off (.vscode/settings.json); this suite turns them on and back off.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import { differsTitle } from '../../../client/src/registry/registryCodeLens';
import { NOT_REGISTERED_CODE as TASK_NOT_REGISTERED } from '../../../server/src/service/rules/missingTaskDefinition';
import { NOT_REGISTERED_CODE as SUB_WORKFLOW_NOT_REGISTERED } from '../../../server/src/service/rules/unknownSubWorkflow';
import { activateExtension, codeOf, openFixture, snap, waitForDiagnostics } from './helpers';

let api: ConductorExtensionApi;
const codes = (diagnostics: readonly vscode.Diagnostic[]): string[] => diagnostics.map(codeOf);

suite('Connection registry', () => {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('conductor');
  suiteSetup(async () => {
    api = (await activateExtension()).exports as ConductorExtensionApi;
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
    await client.metadata.registerTaskDefs([{ name: 'connection_unregistered_task', ownerEmail: 'team@example.com' }]);
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
