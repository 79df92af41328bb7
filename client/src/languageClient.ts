/**
 * Starts the Conductor language server (`dist/server.js`, a Node process over IPC) and connects VS Code to it.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/serverFlags';
import { configurationSection, getIncludeGlobs } from './configuration';
import { conductorDocumentSelector } from './languages';

/** The client id; also the prefix of the `conductor.trace.server` setting VS Code's client library reads. */
const clientId = 'conductor';
const clientName = 'Conductor Language Server';

/** Port for `--inspect` when the extension runs in debug mode (F5), so the server can be attached to. */
const debugPort = 6010;

/**
 * Creates and starts the language client; resolves once the server has answered `initialize`. `watcher` forwards
 * file events to the server (see `createDefinitionWatcher`).
 */
export async function startLanguageClient(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  watcher: vscode.FileSystemWatcher,
): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', `--inspect=${debugPort}`] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: conductorDocumentSelector(getIncludeGlobs()),
    synchronize: { fileEvents: watcher, configurationSection },
    outputChannel: log,
  };
  const client = new LanguageClient(clientId, clientName, serverOptions, clientOptions);
  await client.start();
  return client;
}

/**
 * Watches every JSON file: a plain `*.json` may match `conductor.definitions.include`, which the server decides, and a
 * deleted task definition must reach the server so dependent workflows re-validate. One watcher outlives restarts.
 */
export function createDefinitionWatcher(): vscode.FileSystemWatcher {
  return vscode.workspace.createFileSystemWatcher('**/*.json');
}
