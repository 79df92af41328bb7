/**
 * `conductor.refreshDefinitions`: reloads the three definition views and every open registered-definition document.
 * Commands that change definitions run it after the change, so whoever listens to the command sees it too.
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

/** Refreshes after a change; never fails the command that made the change. */
export async function refreshDefinitions(): Promise<void> {
  await vscode.commands.executeCommand(REFRESH_DEFINITIONS_COMMAND);
}
