/**
 * The Executions view in a real VS Code: a synchronous execute of an unregistered workflow file (result shown as
 * JSON), the filter (and the node saying nothing matches), the code lenses on workflow files, and the error node that
 * names the profile when its server cannot be reached.
 */
import * as assert from 'node:assert/strict';
import { createServer } from 'node:net';
import * as vscode from 'vscode';
import type { SignalResponse } from '../../../common/src/model';
import { snap, workspaceUri } from './helpers';
import { connectAndRegister, demoFile, listed, type SuiteServer } from './executionsHelpers';

suite('Executions view', () => {
  let server: SuiteServer;

  suiteSetup(async () => {
    server = await connectAndRegister();
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

  test('filters the view, and says so when nothing matches', async () => {
    // The execute above left a COMPLETED exec_quick execution.
    const filter = { workflowName: 'exec_*', statuses: ['COMPLETED'] };
    await vscode.commands.executeCommand('conductor.filterExecutions', filter);
    const nodes = await listed();
    assert.ok(nodes.length > 0);
    for (const node of nodes) {
      assert.equal(node.contextValue, 'execution.COMPLETED');
      assert.match(typeof node.label === 'string' ? node.label : '', /^exec_(quick|demo) v1$/);
    }
    await vscode.commands.executeCommand('conductor.filterExecutions', { workflowName: 'no_such_workflow' });
    const [empty, ...rest] = await listed();
    assert.equal(rest.length, 0);
    assert.equal(empty?.contextValue, 'executions.empty');
    assert.equal(empty.label, 'No executions match the filter');
    assert.equal(empty.command?.command, 'conductor.clearExecutionFilter');
    await vscode.commands.executeCommand('conductor.clearExecutionFilter');
    assert.ok((await listed()).some((node) => node.label === 'exec_quick v1'));
  });

  test('code lenses start a workflow file', async () => {
    // VS Code asks the providers only for an open document ("Illegal argument" otherwise): no earlier suite may
    // be relied on to have opened it.
    const document = await vscode.workspace.openTextDocument(workspaceUri(demoFile));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      document.uri,
    );
    const titles = lenses.map((lens) => lens.command?.title);
    assert.ok(titles.includes('▶ Start') && titles.includes('Start with Input…'), `got ${titles.join(', ')}`);
    const start = lenses.find((lens) => lens.command?.title === '▶ Start');
    assert.equal(start?.command?.command, 'conductor.startWorkflow');
  });

  test('an unreachable server shows an error node naming the profile', async () => {
    const port = await closedPort();
    const settings = vscode.workspace.getConfiguration('conductor');
    const servers = [{ name: 'Gone', baseUrl: `http://127.0.0.1:${port}/api`, auth: 'none' }];
    try {
      await settings.update('servers', servers, vscode.ConfigurationTarget.Global);
      await settings.update('activeServer', 'Gone', vscode.ConfigurationTarget.Global);
      assert.equal((await server.api.connections.connect()).profile.name, 'Gone');
      // Only the error node: executions listed from the previous profile must not pass for this server's.
      const [error, ...stale] = await listed();
      assert.deepEqual(stale, []);
      assert.equal(error?.contextValue, 'executions.error');
      assert.equal(error.label, 'Could not list executions on "Gone"');
      assert.match(String(error.description), /Could not reach .*Is the server running\?/);
      assert.equal(error.command?.command, 'conductor.refreshExecutions');
      await snap('executions-error');
    } finally {
      await settings.update('activeServer', undefined, vscode.ConfigurationTarget.Global);
      await settings.update('servers', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.equal((await server.api.connections.connect()).profile.name, 'Local');
    assert.ok((await listed()).every((node) => node.contextValue?.startsWith('execution.')));
  });
});

/** A 127.0.0.1 port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  assert.ok(address && typeof address === 'object');
  return address.port;
}
