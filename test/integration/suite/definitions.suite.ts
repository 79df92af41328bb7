/**
 * Definitions end to end in a real VS Code against the Local profile's engine: register the example payment task
 * definitions and workflow from their files through `conductor.registerDefinition`, see them in the definition
 * views' tree data, open one read-only, compare it with its file (and a task definition with its element of an array
 * file), download one, and unregister from the file and from the view.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConnectionService } from '../../../client/src/connection/connection';
import { REMOTE_SCHEME } from '../../../client/src/documents/remoteUri';
import { TaskDefinitionsProvider } from '../../../client/src/views/definitions/taskDefinitionsProvider';
import { WorkflowDefinitionsProvider } from '../../../client/src/views/definitions/workflowDefinitionsProvider';
import { WorkflowNameNode, WorkflowVersionNode } from '../../../client/src/views/definitions/workflowNodes';
import { cleanSnap, confirmed, connectLocal, labelOf } from './definitionsHelpers';
import { workspaceUri } from './helpers';

suite('Definitions', () => {
  let connections: ConnectionService;
  let workflows: WorkflowDefinitionsProvider;

  suiteSetup(async () => {
    ({ connections } = await connectLocal());
    workflows = new WorkflowDefinitionsProvider(connections);
  });

  async function versionNode(name: string, version: number): Promise<WorkflowVersionNode | undefined> {
    const names = await workflows.getChildren();
    const parent = names.find(
      (node): node is WorkflowNameNode => node instanceof WorkflowNameNode && node.name === name,
    );
    const versions = parent ? await workflows.getChildren(parent) : [];
    return versions.find(
      (node): node is WorkflowVersionNode => node instanceof WorkflowVersionNode && node.version === version,
    );
  }

  test('registers task definitions and a workflow from their files and lists them in the views', async () => {
    for (const file of ['examples/payment_tasks.taskdef.json', 'examples/payment_processing.workflow.json']) {
      const outcome = await vscode.commands.executeCommand(
        'conductor.registerDefinition',
        workspaceUri(file),
        confirmed,
      );
      assert.ok(
        outcome && typeof outcome === 'object' && 'registered' in outcome,
        `${file}: ${JSON.stringify(outcome)}`,
      );
    }
    assert.ok(await versionNode('payment_processing', 1), 'payment_processing v1 is listed');
    const taskDefs = await new TaskDefinitionsProvider(connections).getChildren();
    const labels = taskDefs.map(labelOf);
    assert.ok(labels.includes('authorize_payment') && labels.includes('capture_payment'), `got ${labels.join(', ')}`);
    await vscode.commands.executeCommand('workbench.view.extension.conductor');
    await cleanSnap('definitions-views');
  });

  test('opens a registered workflow read-only as JSON without audit fields', async () => {
    const node = await versionNode('payment_processing', 1);
    await vscode.commands.executeCommand('conductor.openDefinition', node);
    const document = vscode.window.activeTextEditor?.document;
    assert.equal(document?.uri.scheme, REMOTE_SCHEME);
    assert.equal(document.languageId, 'conductor-workflow');
    const shown = JSON.parse(document.getText()) as Record<string, unknown>;
    assert.equal(shown.name, 'payment_processing');
    assert.ok(!('createTime' in shown), 'audit fields are left out');
    await cleanSnap('definitions-open-registered');
  });

  test('compares the file with the registered definition: keys, layout and defaults as in the file', async () => {
    const file = workspaceUri('examples/payment_processing.workflow.json');
    assert.equal(await vscode.commands.executeCommand('conductor.compareWithRegistered', file), true);
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert.ok(input instanceof vscode.TabInputTextDiff, 'a diff editor is open');
    assert.equal(input.original.scheme, REMOTE_SCHEME);
    assert.equal(input.modified.toString(), file.toString());
    // Unchanged since it was registered: only the editor-only $schema line differs (no defaults, same layout).
    const remote = await vscode.workspace.openTextDocument(input.original);
    const local = await vscode.workspace.openTextDocument(file);
    assert.equal(remote.getText(), local.getText().replace(/^ {2}"\$schema": .*\n/m, ''));
    await cleanSnap('definitions-compare');
  });

  test('compares a registered task definition with its element of the array file that defines it', async () => {
    const taskDefs = await new TaskDefinitionsProvider(connections).getChildren();
    const node = taskDefs.find((each) => each.label === 'capture_payment');
    assert.equal(await vscode.commands.executeCommand('conductor.compareWithLocalFile', node), true);
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert.ok(input instanceof vscode.TabInputTextDiff, 'a diff editor is open');
    assert.ok(input.modified.path.endsWith('/examples/payment_tasks.taskdef.json'), input.modified.path);
    const remote = await vscode.workspace.openTextDocument(input.original);
    const local = await vscode.workspace.openTextDocument(input.modified);
    assert.equal(remote.getText(), local.getText(), 'registered from this file, so nothing differs');
  });

  test('downloads a registered task definition into the workspace', async () => {
    const taskDefs = await new TaskDefinitionsProvider(connections).getChildren();
    const node = taskDefs.find((each) => each.label === 'capture_payment');
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('conductor.downloadDefinition', node);
    assert.ok(uri instanceof vscode.Uri && uri.path.endsWith('/capture_payment.taskdef.json'), `saved as ${uri?.path}`);
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as { name: string };
    assert.equal(saved.name, 'capture_payment');
  });

  test('unregisters from the file and from the view', async () => {
    const file = workspaceUri('examples/payment_processing.workflow.json');
    assert.equal(await vscode.commands.executeCommand('conductor.unregisterDefinitionFile', file, confirmed), true);
    assert.equal(await versionNode('payment_processing', 1), undefined);
    const taskDefs = await new TaskDefinitionsProvider(connections).getChildren();
    const node = taskDefs.find((each) => each.label === 'authorize_payment');
    assert.equal(await vscode.commands.executeCommand('conductor.unregisterDefinition', node, confirmed), true);
    const left = (await new TaskDefinitionsProvider(connections).getChildren()).map(labelOf);
    assert.ok(!left.includes('authorize_payment'), `still listed: ${left.join(', ')}`);
  });
});
