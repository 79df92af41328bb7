/**
 * Definitions end to end in a real VS Code against the Local profile's engine: register the example payment task
 * definitions and workflow from their files through `conductor.registerDefinition`, see them in the definition
 * views' tree data, open one read-only, compare it with the file, download it, register an event handler and a
 * schedule (enable/disable, resume/pause, next runs), see a register the server rejects (§2.6) as diagnostics at the
 * right place, a file with errors refused, and unregister from the file and from the view.
 */
import * as assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import { ConductorClient } from '../../../client/src/api';
import type { Connection, ConnectionService } from '../../../client/src/connection/connection';
import type { DefinitionNode } from '../../../client/src/views/definitions/definitionsProvider';
import { EventsAndSchedulesProvider } from '../../../client/src/views/definitions/eventsAndSchedulesProvider';
import {
  EventHandlerNode,
  GroupNode,
  NextRunNode,
  ScheduleNode,
} from '../../../client/src/views/definitions/eventScheduleNodes';
import { TaskDefinitionsProvider } from '../../../client/src/views/definitions/taskDefinitionsProvider';
import { WorkflowDefinitionsProvider } from '../../../client/src/views/definitions/workflowDefinitionsProvider';
import { WorkflowNameNode, WorkflowVersionNode } from '../../../client/src/views/definitions/workflowNodes';
import { ErrorNode } from '../../../client/src/views/definitions/messageNode';
import { REMOTE_SCHEME } from '../../../client/src/documents/remoteUri';
import { isServerFinding } from '../../../client/src/commands/definitions/serverFindings';
import { CODES } from '../../../server/src/service/messages';
import { activateExtension, codeOf, openFixture, snap, waitForDiagnostics, workspaceUri } from './helpers';

const confirmed = { confirmed: true };

function labelOf(node: vscode.TreeItem): string {
  return typeof node.label === 'string' ? node.label : (node.label?.label ?? '');
}

/**
 * The extension's connections with a REST client of this bundle: the suite is bundled apart from the extension, so
 * errors thrown by the extension's copy of the client would fail the providers' `instanceof ConductorApiError`.
 * Same profile, same server; only the module copy differs.
 */
function suiteConnections(connections: ConnectionService): ConnectionService {
  const local = (connection: Connection): Connection => ({
    profile: connection.profile,
    client: new ConductorClient({ profile: connection.profile.name, baseUrl: connection.profile.baseUrl }),
  });
  return {
    onDidChangeConnection: connections.onDidChangeConnection,
    current: () => {
      const connection = connections.current();
      return connection && local(connection);
    },
    connect: async () => local(await connections.connect()),
  };
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

suite('Definitions', () => {
  let api: ConductorExtensionApi;
  let workflows: WorkflowDefinitionsProvider;
  let connections: ConnectionService;

  suiteSetup(async () => {
    api = (await activateExtension()).exports as ConductorExtensionApi;
    await api.connections.connect();
    connections = suiteConnections(api.connections);
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
    await snap('definitions-views');
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
    await snap('definitions-open-registered');
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
    await snap('definitions-compare');
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

  test('shows the server findings of a rejected register in the file (§2.6)', async () => {
    const document = await openFixture('definitions/itest_rejected.json');
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

  test('registers an event handler and a schedule, toggles them, and shows next runs', async () => {
    for (const file of ['definitions/itest_payments.event.json', 'definitions/itest_hourly.schedule.json']) {
      await vscode.commands.executeCommand('conductor.registerDefinition', workspaceUri(file), confirmed);
    }
    const view = new EventsAndSchedulesProvider(connections);
    const child = async <T extends DefinitionNode>(group: 'events' | 'schedules', type: new (...a: never[]) => T) =>
      (await view.getChildren(new GroupNode(group))).find((node): node is T => node instanceof type);
    assert.equal((await child('events', EventHandlerNode))?.contextValue, 'eventHandler.active');
    assert.equal(
      await vscode.commands.executeCommand('conductor.disableEventHandler', await child('events', EventHandlerNode)),
      true,
    );
    assert.equal((await child('events', EventHandlerNode))?.contextValue, 'eventHandler.inactive');
    assert.equal((await child('schedules', ScheduleNode))?.contextValue, 'schedule.paused');
    assert.equal(
      await vscode.commands.executeCommand('conductor.resumeSchedule', await child('schedules', ScheduleNode)),
      true,
    );
    const schedule = await child('schedules', ScheduleNode);
    const runs = schedule ? await view.getChildren(schedule) : [];
    assert.ok(runs.length > 0 && runs.every((node) => node instanceof NextRunNode), 'next runs are listed');
    await vscode.commands.executeCommand('conductor.pauseSchedule', schedule, 'tests');
    assert.equal((await child('schedules', ScheduleNode))?.contextValue, 'schedule.paused');
    await vscode.commands.executeCommand('conductor.eventsAndSchedules.focus');
    await snap('definitions-events-schedules');
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

  test('a view that cannot reach its server shows an error node naming the profile and the next step', async () => {
    const config = vscode.workspace.getConfiguration('conductor');
    await config.update('servers', [{ name: 'Down', baseUrl: `http://127.0.0.1:${await closedPort()}/api` }], true);
    try {
      await vscode.commands.executeCommand('conductor.selectServer', 'Down');
      const [node, ...rest] = await workflows.getChildren();
      assert.ok(node instanceof ErrorNode && rest.length === 0, `got ${JSON.stringify(node?.label)}`);
      assert.equal(node.label, 'Cannot reach "Down"');
      assert.match(String(node.description), /Start the server or switch profile/);
      await vscode.commands.executeCommand('conductor.refreshDefinitions');
      await vscode.commands.executeCommand('conductor.workflowDefinitions.focus');
      await snap('definitions-unreachable');
    } finally {
      await vscode.commands.executeCommand('conductor.selectServer', 'Local');
      await config.update('activeServer', undefined, true);
      await config.update('servers', undefined, true);
    }
    assert.equal((await api.connections.connect()).profile.name, 'Local');
  });
});
