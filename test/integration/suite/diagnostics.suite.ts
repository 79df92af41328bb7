/**
 * Diagnostics end to end in a real VS Code: the extension activates, its language server publishes the core's
 * diagnostics for open Conductor files, refreshes them on edits, and re-validates a workflow when a task definition
 * file it depends on is deleted or restored.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CODES, SOURCE } from '../../../server/src/service/messages';
import { duplicateKeyMessage } from '../../../server/src/service/messages';
import { missingTaskDefinition } from '../../../server/src/service/rules/missingTaskDefinition';
import {
  activateExtension,
  codeOf,
  openFixture,
  serverCaughtUp,
  snap,
  waitForDiagnostics,
  workspaceUri,
} from './helpers';

const hasCode = (code: string) => (diagnostics: readonly vscode.Diagnostic[]) =>
  diagnostics.some((diagnostic) => codeOf(diagnostic) === code);

suite('Diagnostics', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('the extension activates', () => {
    assert.equal(vscode.extensions.getExtension('conductor-workflows.vscode-conductor')?.isActive, true);
  });

  test('files are recognised as Conductor languages by name', async () => {
    const workflow = await openFixture('orders/order.workflow.json');
    const taskDef = await openFixture('orders/charge_card.taskdef.json');
    assert.equal(workflow.languageId, 'conductor-workflow');
    assert.equal(taskDef.languageId, 'conductor-taskdef');
  });

  test('a duplicate key is reported on the repeated key with code, message and range', async () => {
    const document = await openFixture('broken/duplicate-key.workflow.json');
    const [diagnostic] = await waitForDiagnostics(document.uri, hasCode(CODES.duplicateKey), 'the duplicate key');
    assert.ok(diagnostic);
    assert.equal(diagnostic.source, SOURCE);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic.message, duplicateKeyMessage('taskReferenceName'));
    const second = document.getText().lastIndexOf('"taskReferenceName"');
    const expected = new vscode.Range(document.positionAt(second), document.positionAt(second + 19));
    assert.deepEqual(diagnostic.range, expected);
    await snap('diagnostics-duplicate-key');
  });

  test('fixing the error clears the diagnostic', async () => {
    const document = await openFixture('broken/fixable.workflow.json');
    await waitForDiagnostics(document.uri, hasCode(CODES.duplicateKey), 'the duplicate key');
    const duplicate = ', "type": "SIMPLE" }';
    const start = document.getText().indexOf(duplicate);
    const edit = new vscode.WorkspaceEdit();
    const range = new vscode.Range(document.positionAt(start), document.positionAt(start + duplicate.length));
    edit.replace(document.uri, range, ' }');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length === 0, 'no diagnostics');
  });

  test('a valid workflow has no diagnostics', async () => {
    const valid = await openFixture('orders/order.workflow.json');
    await serverCaughtUp();
    assert.deepEqual(vscode.languages.getDiagnostics(valid.uri), []);
    await vscode.window.showTextDocument(valid);
    await snap('valid-workflow');
  });

  test('examples copied from examples/ have no diagnostics', async () => {
    const examples = ['customer_notification.workflow.json', 'payment_processing.workflow.json'];
    const opened: vscode.TextDocument[] = [];
    // One after the other: showing editors concurrently makes VS Code cancel all but the last.
    for (const name of examples) opened.push(await openFixture(`examples/${name}`));
    await serverCaughtUp();
    for (const document of opened)
      assert.deepEqual(vscode.languages.getDiagnostics(document.uri), [], document.uri.path);
  });

  test('deleting a task definition file makes its workflow warn; restoring it clears the warning', async () => {
    const workflow = await openFixture('orders/order.workflow.json');
    const taskDef = workspaceUri('orders/charge_card.taskdef.json');
    const content = await vscode.workspace.fs.readFile(taskDef);
    await vscode.workspace.fs.delete(taskDef);
    const [warning] = await waitForDiagnostics(workflow.uri, hasCode(missingTaskDefinition.id), 'a missing task def');
    assert.ok(warning);
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(warning.message, /'charge_card'/);
    const name = workflow.getText().indexOf('"charge_card"');
    assert.deepEqual(warning.range.start, workflow.positionAt(name));
    await vscode.workspace.fs.writeFile(taskDef, content);
    await waitForDiagnostics(workflow.uri, (diagnostics) => diagnostics.length === 0, 'the warning to clear');
  });

  test('conductor.definitions.include brings plain JSON definitions in: validated and indexed', async () => {
    const workflow = await openFixture('plain/refund.workflow.json');
    await waitForDiagnostics(workflow.uri, hasCode(missingTaskDefinition.id), 'the missing plain task def');
    const config = vscode.workspace.getConfiguration('conductor');
    await config.update('definitions.include', ['plain/defs/*.json'], vscode.ConfigurationTarget.Workspace);
    try {
      // The client restarts with the new document selector; the server rescans with the new globs.
      await waitForDiagnostics(workflow.uri, (diagnostics) => diagnostics.length === 0, 'the warning to clear');
      const plain = await openFixture('plain/defs/notify.json');
      assert.equal(plain.languageId, 'json');
      await waitForDiagnostics(plain.uri, hasCode(CODES.duplicateKey), 'the duplicate key in a plain JSON file');
    } finally {
      await config.update('definitions.include', undefined, vscode.ConfigurationTarget.Workspace);
    }
    // The reset restarts the client again; the warning coming back proves the new one is up before later suites run.
    await waitForDiagnostics(workflow.uri, hasCode(missingTaskDefinition.id), 'the restarted server');
  });
});
