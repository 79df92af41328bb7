/**
 * `conductor.openDefinition(node)`: shows a registered definition as a read-only JSON document.
 */
import * as vscode from 'vscode';
import { describeRef } from '../../documents/definitionKind';
import { remoteUri } from '../../documents/remoteDocumentProvider';
import { OPEN_DEFINITION_COMMAND } from '../../views/definitions/viewIds';
import { showFailure } from '../../ui/showFailure';
import { definitionRefOf, NO_DEFINITION_MESSAGE } from './definitionArgument';
import type { DefinitionsContext } from './definitionsContext';

/** Registers the open command. */
export function registerOpenDefinition(ctx: DefinitionsContext): vscode.Disposable {
  const open = async (argument: unknown): Promise<void> => {
    const ref = definitionRefOf(argument);
    if (!ref) return void vscode.window.showWarningMessage(NO_DEFINITION_MESSAGE);
    try {
      const document = await vscode.workspace.openTextDocument(remoteUri(ref));
      await vscode.window.showTextDocument(document, { preview: true });
    } catch (error) {
      void showFailure(ctx.services, `open the registered ${describeRef(ref)}`, error, { retry: () => open(argument) });
    }
  };
  return vscode.commands.registerCommand(OPEN_DEFINITION_COMMAND, open);
}
