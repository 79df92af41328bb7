/**
 * Extension entry point. `activate` only wires the parts together, top to bottom: output channel, language client,
 * and the restart of the client when the set of served documents changes.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { onIncludeGlobsChanged } from './configuration';
import { createDefinitionWatcher, startLanguageClient } from './languageClient';
import { errorMessage } from './api/apiError';

let client: LanguageClient | undefined;

/** Called by VS Code when a Conductor file is opened or found in the workspace. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Conductor', { log: true });
  const watcher = createDefinitionWatcher();
  context.subscriptions.push(log, watcher);
  try {
    client = await startLanguageClient(context, log, watcher);
    log.info('Conductor language server started');
  } catch (error) {
    reportFailure(log, 'start the Conductor language server', error);
    return;
  }
  // The document selector is fixed when a client starts, so new include globs need a fresh client.
  context.subscriptions.push(onIncludeGlobsChanged(() => void restartLanguageClient(context, log, watcher)));
}

/** Called by VS Code on shutdown; stopping the client also ends the server process. */
export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  // A client that never finished starting cannot be stopped; on shutdown there is nothing left to do about it.
  await stopping?.stop().catch(() => undefined);
}

async function restartLanguageClient(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  watcher: vscode.FileSystemWatcher,
): Promise<void> {
  const previous = client;
  client = undefined;
  try {
    // A failed stop (a crashed server) must not prevent the fresh start.
    await previous
      ?.stop()
      .catch((error: unknown) => log.warn(`Stopping the old language client failed: ${errorMessage(error)}`));
    client = await startLanguageClient(context, log, watcher);
    log.info('Conductor language server restarted: conductor.definitions.include changed');
  } catch (error) {
    reportFailure(log, 'restart the Conductor language server', error);
  }
}

/** Logs the failure with its stack and shows it, offering the output channel as the next step. */
function reportFailure(log: vscode.LogOutputChannel, action: string, error: unknown): void {
  log.error(`Could not ${action}:`, error instanceof Error ? error : errorMessage(error));
  void vscode.window.showErrorMessage(`Could not ${action}: '${errorMessage(error)}'`, 'Open Output').then((choice) => {
    if (choice === 'Open Output') log.show();
  });
}
