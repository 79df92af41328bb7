/**
 * What the definitions feature does when things go wrong, in a real VS Code: a register the server rejects shows its
 * validationErrors as diagnostics at the right place (§2.6), a file with errors is refused before anything is sent,
 * and a view whose server cannot be reached shows an error node naming the profile and the next step. Also the
 * Register code lens every definition file gets.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConnectionService } from '../../../client/src/connection/connection';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import { isServerFinding } from '../../../client/src/commands/definitions/serverFindings';
import { ErrorNode } from '../../../client/src/views/definitions/messageNode';
import { WorkflowDefinitionsProvider } from '../../../client/src/views/definitions/workflowDefinitionsProvider';
import { CODES } from '../../../server/src/service/messages';
import { cleanSnap, closedPort, confirmed, connectLocal } from './definitionsHelpers';
import { codeOf, openFixture, snap, waitForDiagnostics, workspaceUri } from './helpers';

suite('Definitions: failures', () => {
  let api: ConductorExtensionApi;
  let connections: ConnectionService;

  suiteSetup(async () => {
    ({ api, connections } = await connectLocal());
  });

  test('shows the server findings of a rejected register in the file (§2.6)', async () => {
    const document = await openFixture('definitions/itest_rejected.json');
    await vscode.commands.executeCommand('notifications.clearAll');
    assert.equal(
      await vscode.commands.executeCommand('conductor.registerDefinition', document.uri, confirmed),
      undefined,
    );
    const [finding] = await waitForDiagnostics(document.uri, (all) => all.some(isServerFinding), 'server findings');
    assert.equal(finding?.message, 'WorkflowTask name cannot be empty or null');
    assert.equal(document.getText(finding.range), '""');
    await snap('definitions-rejected');
  });

  test('puts a "Register on <profile>" code lens at the top of definition files', async () => {
    const uri = workspaceUri('examples/customer_notification.workflow.json');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
    const register = lenses.find((lens) => lens.command?.command === 'conductor.registerDefinition');
    assert.equal(register?.command?.title, '$(cloud-upload) Register on Local');
    assert.equal(register.range.start.line, 0);
    assert.equal(String(register.command?.arguments?.[0]), uri.toString());
  });

  test('refuses to register a file with errors', async () => {
    const document = await openFixture('broken/duplicate-key.workflow.json');
    await waitForDiagnostics(document.uri, (all) => all.some((d) => codeOf(d) === CODES.duplicateKey), 'errors');
    assert.equal(
      await vscode.commands.executeCommand('conductor.registerDefinition', document.uri, confirmed),
      undefined,
    );
  });

  test('a view that cannot reach its server shows an error node naming the profile and the next step', async () => {
    const config = vscode.workspace.getConfiguration('conductor');
    await config.update('servers', [{ name: 'Down', baseUrl: `http://127.0.0.1:${await closedPort()}/api` }], true);
    try {
      await vscode.commands.executeCommand('conductor.selectServer', 'Down');
      const [node, ...rest] = await new WorkflowDefinitionsProvider(connections).getChildren();
      assert.ok(node instanceof ErrorNode && rest.length === 0, `got ${JSON.stringify(node?.label)}`);
      assert.equal(node.label, 'Cannot reach "Down"');
      assert.match(String(node.description), /Start the server or switch profile/);
      await vscode.commands.executeCommand('conductor.refreshDefinitions');
      await vscode.commands.executeCommand('conductor.workflowDefinitions.focus');
      await cleanSnap('definitions-unreachable');
    } finally {
      await vscode.commands.executeCommand('conductor.selectServer', 'Local');
      await config.update('activeServer', undefined, true);
      await config.update('servers', undefined, true);
    }
    assert.equal((await api.connections.connect()).profile.name, 'Local');
  });
});
