/**
 * `conductor.refreshDefinitions`: reloads the three definition views and every open registered-definition document.
 * Commands that change definitions run it after the change, and `conductor.refreshRegistry` (the connection
 * feature's cache of what is registered, behind the language server's "not registered on <profile>" warnings).
 */
import * as vscode from 'vscode';
import { REFRESH_DEFINITIONS_COMMAND } from '../../views/definitions/viewIds';
import type { DefinitionsContext } from './definitionsContext';

/** Registers the refresh command. */
export function registerRefreshDefinitions(ctx: DefinitionsContext): vscode.Disposable {
  return vscode.commands.registerCommand(REFRESH_DEFINITIONS_COMMAND, () => {
    for (const { provider } of new Set(Object.values(ctx.views))) provider.refresh();
    ctx.documents.refreshOpenDocuments();
  });
}

/** The connection feature's command that re-reads what is registered for the language server. */
export const REFRESH_REGISTRY_COMMAND = 'conductor.refreshRegistry';

/** Refreshes everything that shows registered definitions after a change; never fails the command that changed. */
export async function refreshDefinitions(log: vscode.LogOutputChannel): Promise<void> {
  await vscode.commands.executeCommand(REFRESH_DEFINITIONS_COMMAND);
  try {
    await vscode.commands.executeCommand(REFRESH_REGISTRY_COMMAND);
  } catch (error) {
    // The change itself succeeded; stale "not registered" warnings are only worth a log line.
    log.warn(`Could not refresh the registered-definitions cache: ${String(error)}`);
  }
}
