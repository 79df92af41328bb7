/**
 * `conductor.unregisterDefinitionFile(uri?)`: removes from the active server what a local file defines (a workflow
 * name and version, every task definition of an array, an event handler, a schedule), after a modal confirmation
 * (`{confirmed: true}` as second argument skips it).
 */
import * as vscode from 'vscode';
import { describeRef } from '../../documents/definitionKind';
import { commandOptions } from './definitionArgument';
import type { DefinitionsContext } from './definitionsContext';
import { baseName, readTargetFile, targetDocument } from './fileTarget';
import { refreshDefinitions } from './refreshDefinitions';
import { fileRefs, unregisterDefinitions } from './registrationFlow';
import { withServer } from './withServer';

/** The command id. */
export const UNREGISTER_DEFINITION_FILE_COMMAND = 'conductor.unregisterDefinitionFile';

const UNREGISTER = 'Unregister';

/** Registers the command; it resolves true when the definitions were removed. */
export function registerUnregisterDefinitionFile(ctx: DefinitionsContext): vscode.Disposable {
  return vscode.commands.registerCommand(
    UNREGISTER_DEFINITION_FILE_COMMAND,
    async (argument?: unknown, options?: unknown): Promise<boolean> => {
      const document = await targetDocument(argument);
      if (!document) return false;
      const file = readTargetFile(document, 'unregister');
      if (!file) return false;
      const refs = fileRefs(file);
      const what = refs.map(describeRef).join(', ');
      const profile = ctx.services.connections.current()?.profile.name ?? 'the server';
      if (!commandOptions(options).confirmed) {
        const choice = await vscode.window.showWarningMessage(
          `Unregister ${what} from ${profile}?`,
          { modal: true },
          UNREGISTER,
        );
        if (choice !== UNREGISTER) return false;
      }
      const done = await withServer(ctx.services, {
        progress: `Unregistering ${baseName(document.uri)}`,
        failure: `unregister ${what}`,
        run: async ({ client }) => {
          await unregisterDefinitions(client, refs);
          return true;
        },
      });
      if (done) {
        await refreshDefinitions(ctx.services.log);
        void vscode.window.showInformationMessage(`Unregistered ${what}.`);
      }
      return done === true;
    },
  );
}
