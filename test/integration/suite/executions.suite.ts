/**
 * Executions end to end in a real VS Code against the Local profile's engine: start a workflow from its file with
 * input typed into the input editor, see it in the Executions view, and drive it through the view's commands (pause,
 * resume, rerun, restart, terminate, retry, skip, open JSON, delete) with a real worker polling its SIMPLE tasks.
 * After each step the engine's state is asserted (reference/conductor.md §5.5), and so is the view node's
 * contextValue, which selects the menus.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { snap, workspaceUri } from './helpers';
import { connectAndRegister, demoFile, expectStatus, nodeOf, work, type SuiteServer } from './executionsHelpers';

suite('Executions', () => {
  let server: SuiteServer;
  let first: string;

  suiteSetup(async () => {
    server = await connectAndRegister();
  });

  test('starts a workflow from its file with input edited in the input editor', async () => {
    const uri = workspaceUri(demoFile);
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('conductor.startWorkflowWithInput', { uri, inline: false }, 'editor');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is active');
    assert.ok(editor.document.fileName.endsWith('exec_demo.input.json'), 'the input editor is active');
    // Pre-filled from inputParameters, with the inputTemplate default.
    assert.deepEqual(JSON.parse(editor.document.getText()), { customer: '', amount: 10 });
    await snap('executions-input-editor');
    // Broken JSON is refused before anything is sent.
    await editor.edit((edit) => edit.replace(fullRange(editor.document), '{ "customer": '));
    assert.equal(await vscode.commands.executeCommand('conductor.submitInput', editor.document.uri), undefined);
    await editor.edit((edit) => edit.replace(fullRange(editor.document), '{ "customer": "jane", "amount": 25 }'));
    const id = await vscode.commands.executeCommand<string>('conductor.submitInput', editor.document.uri);
    assert.match(id, /\S/);
    assert.deepEqual((await server.client.workflows.get(id, false)).input, { customer: 'jane', amount: 25 });
    first = id;
    await expectStatus(server, id, 'RUNNING');
    await snap('executions-view');
  });

  test('pause and resume', async () => {
    assert.equal(await vscode.commands.executeCommand('conductor.pauseExecution', await nodeOf(first)), true);
    const paused = await expectStatus(server, first, 'PAUSED');
    assert.equal(await vscode.commands.executeCommand('conductor.resumeExecution', paused), true);
    await expectStatus(server, first, 'RUNNING');
  });

  test('a worker completes the tasks; rerun from a task with edited input', async () => {
    await work(server, 'exec_demo_prepare', first, 'COMPLETED');
    await work(server, 'exec_demo_finish', first, 'COMPLETED');
    const completed = await expectStatus(server, first, 'COMPLETED');
    // The editor opens with the task's input; the edited text is what the rerun sends (§5.5 taskInput).
    const choice = { referenceTaskName: 'finish' };
    assert.equal(await vscode.commands.executeCommand('conductor.rerunExecution', completed, choice), true);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is active');
    assert.ok(editor.document.fileName.endsWith(`rerun-${first}.input.json`), 'the rerun input editor is active');
    assert.deepEqual(JSON.parse(editor.document.getText()), { prepared: 'yes' });
    await editor.edit((edit) => edit.replace(fullRange(editor.document), '{ "prepared": "again" }'));
    assert.equal(await vscode.commands.executeCommand('conductor.submitInput', editor.document.uri), first);
    await expectStatus(server, first, 'RUNNING');
    const rerunTask = await work(server, 'exec_demo_finish', first, 'COMPLETED');
    assert.deepEqual(rerunTask.inputData, { prepared: 'again' });
    await expectStatus(server, first, 'COMPLETED');
  });

  test('restart, then terminate with a reason', async () => {
    assert.equal(await vscode.commands.executeCommand('conductor.restartExecution', await nodeOf(first), false), true);
    const restarted = await expectStatus(server, first, 'RUNNING');
    const reason = 'stopped by the suite';
    assert.equal(await vscode.commands.executeCommand('conductor.terminateExecution', restarted, reason), true);
    await expectStatus(server, first, 'TERMINATED');
    assert.equal((await server.client.workflows.get(first, false)).reasonForIncompletion, reason);
  });

  test('retry a failed execution started from a definitions node', async () => {
    const id = await vscode.commands.executeCommand<string>(
      'conductor.startWorkflow',
      { name: 'exec_demo', version: 1 },
      { customer: 'bob' },
    );
    await work(server, 'exec_demo_prepare', id, 'FAILED');
    const failed = await expectStatus(server, id, 'FAILED');
    assert.equal(await vscode.commands.executeCommand('conductor.retryExecution', failed, false), true);
    await expectStatus(server, id, 'RUNNING');
    await work(server, 'exec_demo_prepare', id, 'COMPLETED');
    await work(server, 'exec_demo_finish', id, 'COMPLETED');
    await expectStatus(server, id, 'COMPLETED');
  });

  test('skip a task not yet scheduled', async () => {
    const id = await vscode.commands.executeCommand<string>('conductor.startWorkflow', { name: 'exec_demo' }, {});
    assert.equal(await vscode.commands.executeCommand('conductor.skipTask', await nodeOf(id), 'finish'), true);
    await work(server, 'exec_demo_prepare', id, 'COMPLETED');
    await expectStatus(server, id, 'COMPLETED');
    const finish = (await server.client.workflows.get(id, true)).tasks?.find(
      (task) => task.referenceTaskName === 'finish',
    );
    assert.equal(finish?.status, 'SKIPPED');
  });

  test('task logs a worker wrote open as JSON', async () => {
    const id = await vscode.commands.executeCommand<string>('conductor.startWorkflow', { name: 'exec_demo' }, {});
    const [task] = (await server.client.workflows.get(id, true)).tasks ?? [];
    assert.ok(task);
    const logged = await fetch(`${server.baseUrl}/api/tasks/${task.taskId}/log`, {
      method: 'POST',
      body: 'charging card',
    });
    assert.equal(logged.status, 200);
    assert.equal(await vscode.commands.executeCommand('conductor.showTaskLogs', { taskId: task.taskId }), true);
    const shown = vscode.window.activeTextEditor?.document;
    assert.equal(shown?.uri.scheme, 'conductor-execution');
    assert.equal((JSON.parse(shown.getText()) as { log: string }[])[0]?.log, 'charging card');
    await vscode.commands.executeCommand('conductor.terminateExecution', await nodeOf(id), 'done');
  });

  test('open the execution JSON, then delete the execution', async () => {
    const node = await nodeOf(first);
    assert.equal(await vscode.commands.executeCommand('conductor.openExecutionJson', node), true);
    const shown = vscode.window.activeTextEditor?.document;
    assert.equal(shown?.uri.scheme, 'conductor-execution');
    assert.equal((JSON.parse(shown.getText()) as { workflowId: string }).workflowId, first);
    assert.equal(await vscode.commands.executeCommand('conductor.deleteExecution', node, true), true);
    await assert.rejects(server.client.workflows.get(first, false), /404/);
    assert.equal(await vscode.commands.executeCommand('conductor.revealExecution', first), undefined);
  });
});

function fullRange(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(0, 0, document.lineCount, 0);
}
