/**
 * `conductor.enableEventHandler(node)` / `conductor.disableEventHandler(node)`: sets `active` (§1.9; an inactive
 * handler ignores its events) on the handler as registered now, so other fields changed meanwhile are kept.
 */
import * as vscode from 'vscode';
import type { EventHandler } from '../../../../common/src/model';
import { fetchDefinition } from '../../documents/fetchDefinition';
import { definitionRefOf, NO_DEFINITION_MESSAGE } from './definitionArgument';
import type { DefinitionsContext } from './definitionsContext';
import { refreshDefinitions } from './refreshDefinitions';
import { withServer } from './withServer';

/** Sets `active: true` on an event handler (a view node). */
export const ENABLE_EVENT_HANDLER_COMMAND = 'conductor.enableEventHandler';
/** Sets `active: false` on an event handler (a view node). */
export const DISABLE_EVENT_HANDLER_COMMAND = 'conductor.disableEventHandler';

/** Registers both commands; each resolves true once the handler is updated. */
export function registerToggleEventHandler(ctx: DefinitionsContext): vscode.Disposable[] {
  const toggle =
    (active: boolean) =>
    async (argument: unknown): Promise<boolean> => {
      const ref = definitionRefOf(argument);
      if (ref?.kind !== 'event') {
        void vscode.window.showWarningMessage(NO_DEFINITION_MESSAGE);
        return false;
      }
      const verb = active ? 'enable' : 'disable';
      const done = await withServer(ctx.services, {
        progress: `${active ? 'Enabling' : 'Disabling'} event handler ${ref.name}`,
        failure: `${verb} event handler ${ref.name}`,
        run: async ({ client }) => {
          const handler = (await fetchDefinition(client, ref)) as EventHandler;
          await client.events.update({ ...handler, active });
          return true;
        },
      });
      if (done) await refreshDefinitions(ctx.services.log);
      return done === true;
    };
  return [
    vscode.commands.registerCommand(ENABLE_EVENT_HANDLER_COMMAND, toggle(true)),
    vscode.commands.registerCommand(DISABLE_EVENT_HANDLER_COMMAND, toggle(false)),
  ];
}
