/**
 * The definitions feature area: the three views in the Conductor activity-bar container, the read-only documents
 * of registered definitions, the Register code lens, the server-findings diagnostics and every definition command.
 * `activate` calls `registerDefinitions(services)` once.
 */
import * as vscode from 'vscode';
import { DEFINITION_LENS_SELECTOR } from '../../documents/definitionDocument';
import { REMOTE_SCHEME } from '../../documents/remoteUri';
import { RemoteDocumentProvider } from '../../documents/remoteDocumentProvider';
import { RegisterCodeLensProvider } from '../../documents/registerCodeLensProvider';
import type { ExtensionServices } from '../../services';
import type { DefinitionsContext, DefinitionView } from '../../commands/definitions/definitionsContext';
import { registerDefinitionCommands } from '../../commands/definitions/registerDefinitionCommands';
import { REGISTER_DEFINITION_COMMAND } from '../../commands/definitions/registerDefinitionFile';
import { ServerFindings } from '../../commands/definitions/serverFindings';
import type { DefinitionNode, DefinitionsProvider } from './definitionsProvider';
import { EventsAndSchedulesProvider } from './eventsAndSchedulesProvider';
import { TaskDefinitionsProvider } from './taskDefinitionsProvider';
import { VIEW_IDS } from './viewIds';
import { WorkflowDefinitionsProvider } from './workflowDefinitionsProvider';

function createView(id: string, provider: DefinitionsProvider): DefinitionView & vscode.Disposable {
  const view = vscode.window.createTreeView<DefinitionNode>(id, { treeDataProvider: provider, showCollapseAll: true });
  const dispose = (): void => {
    view.dispose();
    provider.dispose();
  };
  return { id, provider, view, dispose };
}

/** Registers the views, documents and commands of definitions; returns the shared context (for tests). */
export function registerDefinitions(services: ExtensionServices): DefinitionsContext {
  const subscriptions = services.context.subscriptions;
  const workflows = createView(VIEW_IDS.workflows, new WorkflowDefinitionsProvider(services.connections));
  const taskDefs = createView(VIEW_IDS.taskDefs, new TaskDefinitionsProvider(services.connections));
  const eventsAndSchedules = createView(
    VIEW_IDS.eventsAndSchedules,
    new EventsAndSchedulesProvider(services.connections),
  );
  const documents = new RemoteDocumentProvider(services.connections);
  const findings = new ServerFindings();
  const codeLenses = new RegisterCodeLensProvider(services.connections, REGISTER_DEFINITION_COMMAND);
  subscriptions.push(workflows, taskDefs, eventsAndSchedules, documents, findings, codeLenses);
  subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(REMOTE_SCHEME, documents),
    vscode.languages.registerCodeLensProvider([...DEFINITION_LENS_SELECTOR], codeLenses),
  );
  const ctx: DefinitionsContext = {
    services,
    documents,
    findings,
    views: { workflow: workflows, taskdef: taskDefs, event: eventsAndSchedules, schedule: eventsAndSchedules },
  };
  subscriptions.push(...registerDefinitionCommands(ctx));
  // Another profile, or the same one reconnected (a restarted local engine): what is listed may differ. The new
  // connection's first read is fresh anyway, and the registry reads the same workflow list now: they share it.
  subscriptions.push(
    services.connections.onDidChangeConnection(() => {
      for (const view of [workflows, taskDefs, eventsAndSchedules]) view.provider.refresh(false);
      documents.refreshOpenDocuments();
    }),
  );
  return ctx;
}
