/**
 * Executions end to end in a real VS Code against the Local profile's engine: start a workflow from its file with
 * input typed into the input editor, see it in the Executions view, drive it through the view's commands (pause,
 * resume, rerun, restart, terminate, retry, skip, open JSON, delete) with a real worker polling its SIMPLE tasks,
 * and execute an unregistered file synchronously. After each step the engine's state is asserted
 * (reference/conductor.md §5.5), and so is the view node's contextValue, which selects the menus.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SignalResponse, Task, TaskDef, WorkflowDef } from '../../../common/src/model';
import type { WorkflowStatus } from '../../../common/src/status';
import type { ConductorClient } from '../../../client/src/api';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import type { ExecutionNode } from '../../../client/src/views/executions/executionNode';
import { activateExtension, snap, workspaceUri } from './helpers';

const demoFile = 'executions/exec_demo.workflow.json';
let client: ConductorClient;
let baseUrl: string;

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(path)))) as T;
}

/** The execution's node in the Executions view (through `conductor.revealExecution`, as "Show Execution" does). */
async function nodeOf(workflowId: string): Promise<ExecutionNode> {
  const node = await vscode.commands.executeCommand<ExecutionNode | undefined>('conductor.revealExecution', workflowId);
  assert.ok(node, `execution ${workflowId} is not in the Executions view`);
  return node;
}

/** Asserts the engine's status and the view node's contextValue, and returns the fresh node. */
async function expectStatus(workflowId: string, status: WorkflowStatus): Promise<ExecutionNode> {
  assert.equal((await client.workflows.get(workflowId, false)).status, status);
  const node = await nodeOf(workflowId);
  assert.equal(node.contextValue, `execution.${status}`);
  return node;
}

/** A real worker: long-polls one task of `taskType` (§3.3 batch poll) and reports `status` for it. */
async function work(taskType: string, workflowId: string, status: 'COMPLETED' | 'FAILED'): Promise<Task> {
  const polled = await fetch(`${baseUrl}/api/tasks/poll/batch/${taskType}?count=1&timeout=5000&workerid=suite`);
  const [task] = (await polled.json()) as Task[];
  assert.ok(task, `no ${taskType} task was scheduled within 5 s`);
  assert.equal(task.workflowInstanceId, workflowId, 'the worker got a task of another execution');
  const result = { workflowInstanceId: workflowId, taskId: task.taskId, status, outputData: { prepared: 'yes' } };
  const update = await fetch(`${baseUrl}/api/tasks`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...result, ...(status === 'FAILED' ? { reasonForIncompletion: 'worker said no' } : {}) }),
  });
  assert.equal(update.status, 200, await update.text());
  return task;
}

suite('Executions', () => {
  let first: string;

  suiteSetup(async () => {
    const api = (await activateExtension()).exports as ConductorExtensionApi;
    const connection = await api.connections.connect();
    client = connection.client;
    baseUrl = connection.profile.baseUrl.replace(/\/api\/?$/, '');
    await client.metadata.registerTaskDefs(await readJson<TaskDef[]>('executions/exec_demo_tasks.taskdef.json'));
    await client.metadata.registerWorkflowDef(await readJson<WorkflowDef>(demoFile), true);
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
    assert.deepEqual((await client.workflows.get(id, false)).input, { customer: 'jane', amount: 25 });
    first = id;
    await expectStatus(id, 'RUNNING');
    await snap('executions-view');
  });

  test('pause and resume', async () => {
    assert.equal(await vscode.commands.executeCommand('conductor.pauseExecution', await nodeOf(first)), true);
    const paused = await expectStatus(first, 'PAUSED');
    assert.equal(await vscode.commands.executeCommand('conductor.resumeExecution', paused), true);
    await expectStatus(first, 'RUNNING');
  });

  test('a worker completes the tasks; rerun from a task with edited input', async () => {
    await work('exec_demo_prepare', first, 'COMPLETED');
    await work('exec_demo_finish', first, 'COMPLETED');
    const completed = await expectStatus(first, 'COMPLETED');
    const choice = { referenceTaskName: 'finish', input: { prepared: 'again' } };
    assert.equal(await vscode.commands.executeCommand('conductor.rerunExecution', completed, choice), true);
    await expectStatus(first, 'RUNNING');
    const rerunTask = await work('exec_demo_finish', first, 'COMPLETED');
    assert.deepEqual(rerunTask.inputData, { prepared: 'again' });
    await expectStatus(first, 'COMPLETED');
  });

  test('restart, then terminate with a reason', async () => {
    assert.equal(await vscode.commands.executeCommand('conductor.restartExecution', await nodeOf(first), false), true);
    const restarted = await expectStatus(first, 'RUNNING');
    const reason = 'stopped by the suite';
    assert.equal(await vscode.commands.executeCommand('conductor.terminateExecution', restarted, reason), true);
    await expectStatus(first, 'TERMINATED');
    assert.equal((await client.workflows.get(first, false)).reasonForIncompletion, reason);
  });

  test('retry a failed execution started from a definitions node', async () => {
    const id = await vscode.commands.executeCommand<string>(
      'conductor.startWorkflow',
      { name: 'exec_demo', version: 1 },
      { customer: 'bob' },
    );
    await work('exec_demo_prepare', id, 'FAILED');
    const failed = await expectStatus(id, 'FAILED');
    assert.equal(await vscode.commands.executeCommand('conductor.retryExecution', failed, false), true);
    await expectStatus(id, 'RUNNING');
    await work('exec_demo_prepare', id, 'COMPLETED');
    await work('exec_demo_finish', id, 'COMPLETED');
    await expectStatus(id, 'COMPLETED');
  });

  test('skip a task not yet scheduled', async () => {
    const id = await vscode.commands.executeCommand<string>('conductor.startWorkflow', { name: 'exec_demo' }, {});
    assert.equal(await vscode.commands.executeCommand('conductor.skipTask', await nodeOf(id), 'finish'), true);
    await work('exec_demo_prepare', id, 'COMPLETED');
    await expectStatus(id, 'COMPLETED');
    const finish = (await client.workflows.get(id, true)).tasks?.find((task) => task.referenceTaskName === 'finish');
    assert.equal(finish?.status, 'SKIPPED');
  });

  test('open the execution JSON, then delete the execution', async () => {
    const node = await nodeOf(first);
    assert.equal(await vscode.commands.executeCommand('conductor.openExecutionJson', node), true);
    const shown = vscode.window.activeTextEditor?.document;
    assert.equal(shown?.uri.scheme, 'conductor-execution');
    assert.equal((JSON.parse(shown.getText()) as { workflowId: string }).workflowId, first);
    assert.equal(await vscode.commands.executeCommand('conductor.deleteExecution', node, true), true);
    await assert.rejects(client.workflows.get(first, false), /404/);
    assert.equal(await vscode.commands.executeCommand('conductor.revealExecution', first), undefined);
  });

  test('execute an unregistered file synchronously and show the result', async () => {
    const uri = workspaceUri('executions/exec_quick.workflow.json');
    const response = await vscode.commands.executeCommand<SignalResponse | undefined>(
      'conductor.executeWorkflow',
      { uri, inline: true },
      { input: { n: 21 } },
    );
    assert.equal(response?.status, 'COMPLETED');
    assert.deepEqual(response.output, { doubled: 42 });
    const shown = vscode.window.activeTextEditor?.document;
    assert.equal(shown?.uri.scheme, 'conductor-execution');
    assert.equal((JSON.parse(shown.getText()) as SignalResponse).workflowId, response.workflowId);
  });
});

function fullRange(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(0, 0, document.lineCount, 0);
}
