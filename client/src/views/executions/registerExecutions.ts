/**
 * Wires the executions feature: the `conductor.executions` view (filter in its description, polling while visible,
 * reset when the connection changes), its read-only JSON documents, the input editors, the execution and start
 * commands, and the last-run warnings in workflow files. `extension.ts` calls `registerExecutions(services)` once.
 */
import * as vscode from 'vscode';
import type { ExtensionServices } from '../../services';
import { InputEditors } from '../../input/inputEditors';
import { registerExecutionCommands } from '../../commands/executions/registerExecutionCommands';
import { registerStartCommands } from '../../commands/start/registerStartCommands';
import type { ExecutionsContext } from '../../commands/executions/executionsContext';
import type { LastRunDiagnostics } from '../../lastRun/lastRunDiagnostics';
import { registerLastRun } from '../../lastRun/registerLastRun';
import { describeFilter, type ExecutionFilter } from './executionFilter';
import { EXECUTION_SCHEME, ExecutionDocuments } from './executionDocuments';
import { ExecutionPoller } from './executionPoller';
import { ExecutionsTree } from './executionsTree';

const FILTER_KEY = 'conductor.executionsFilter';

/** Registers the view and every executions and start command; returns the last-run follower for other parts. */
export function registerExecutions(services: ExtensionServices): LastRunDiagnostics {
  const { subscriptions } = services.context;
  // The filter outlives a reload of the window, per workspace.
  const state = services.context.workspaceState;
  const tree = new ExecutionsTree(services.connections, state.get<ExecutionFilter>(FILTER_KEY) ?? {});
  const view = vscode.window.createTreeView('conductor.executions', { treeDataProvider: tree, showCollapseAll: true });
  const documents = new ExecutionDocuments(services.connections);
  const inputs = new InputEditors(vscode.Uri.joinPath(services.context.globalStorageUri, 'inputs'));
  const poller = new ExecutionPoller({
    wantsPolling: () => tree.wantsPolling,
    poll: () => tree.refresh(),
  });
  subscriptions.push(tree, view, documents, inputs, poller);
  subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(EXECUTION_SCHEME, documents),
    vscode.languages.registerCodeLensProvider({ scheme: 'file', pattern: '**/*.input.json' }, inputs),
    view.onDidChangeVisibility((event) => poller.setVisible(event.visible)),
    tree.onDidChangeTreeData(() => {
      view.description = describeFilter(tree.filter) || undefined;
      void state.update(FILTER_KEY, tree.filter);
      poller.kick();
    }),
    services.connections.onDidChangeConnection((connection) => tree.connectionChanged(connection)),
  );
  poller.setVisible(view.visible);
  view.description = describeFilter(tree.filter) || undefined;
  const context: ExecutionsContext = { services, tree, view, documents, inputs, lastRuns: registerLastRun(services) };
  registerExecutionCommands(context);
  registerStartCommands(context);
  return context.lastRuns;
}
