/**
 * Extension entry point. `activate` only wires the parts together, top to bottom: output channel, connections, each
 * feature area's `register…(services)`, then the language server.
 */
import * as vscode from 'vscode';
import { ConnectionManager } from './connection/connectionService';
import { registerConnection } from './commands/connection/registerConnection';
import { LanguageClientHost } from './languageClient';
import { registerRegistry } from './registry/registerRegistry';
import type { RegistryService } from './registry/registryService';
import type { ExtensionServices } from './services';
import type { ConnectionStatusBar } from './statusBar/connectionStatusBar';
import { registerDefinitions } from './views/definitions/registerDefinitions';
import { registerExecutions } from './views/executions/registerExecutions';
import { registerDiagram } from './diagram/registerDiagram';
import { registerIncludedFilesContext } from './documents/registerIncludedFilesContext';
import { forwardLastRunOutputs } from './lastRun/forwardLastRunOutputs';

let connections: ConnectionManager | undefined;
let languageClient: LanguageClientHost | undefined;

/** What `activate` returns: the services, for the in-VS-Code tests (views and commands use their own wiring). */
export interface ConductorExtensionApi {
  readonly services: ExtensionServices;
  readonly connections: ConnectionManager;
  readonly statusBar: ConnectionStatusBar;
  readonly registry: RegistryService;
}

/** Called by VS Code when a Conductor file is opened or found in the workspace. */
export async function activate(context: vscode.ExtensionContext): Promise<ConductorExtensionApi> {
  const log = vscode.window.createOutputChannel('Conductor', { log: true });
  context.subscriptions.push(log);
  connections = new ConnectionManager(context, log);
  const services: ExtensionServices = { context, log, connections };
  languageClient = new LanguageClientHost(context, log);
  const statusBar = registerConnection(services, connections);
  const registry = registerRegistry(services, connections, languageClient);
  registerDefinitions(services);
  const lastRuns = registerExecutions(services);
  context.subscriptions.push(forwardLastRunOutputs(lastRuns, languageClient));
  registerDiagram(services);
  registerIncludedFilesContext(services);
  // Last, so views and commands are there while the server starts (notifications sent meanwhile are replayed to it).
  await languageClient.start();
  return { services, connections, statusBar, registry };
}

/** Called by VS Code on shutdown: stops the language server and the local engine, each bounded by its own stop. */
export async function deactivate(): Promise<void> {
  const stopping = Promise.all([languageClient?.stop(), connections?.dispose()].filter((step) => step !== undefined));
  languageClient = undefined;
  connections = undefined;
  await stopping;
}
