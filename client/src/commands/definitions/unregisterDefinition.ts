/**
 * `conductor.unregisterDefinition(node)` (workflow versions, task definitions) and `conductor.deleteDefinition(node)`
 * (event handlers, schedules): removes one registered definition after a modal confirmation, then refreshes. A
 * second argument `{confirmed: true}` skips the question (other features, tests).
 */
import * as vscode from 'vscode';
import { describeRef, type DefinitionRef } from '../../documents/definitionKind';
import { commandOptions, definitionRefOf, NO_DEFINITION_MESSAGE } from './definitionArgument';
import type { DefinitionsContext } from './definitionsContext';
import { refreshDefinitions } from './refreshDefinitions';
import { unregisterDefinitions } from './registrationFlow';
import { withServer } from './withServer';

/** Unregisters a workflow version or task definition (a view node); same action as Delete, titled per kind. */
export const UNREGISTER_DEFINITION_COMMAND = 'conductor.unregisterDefinition';
/** Deletes an event handler or schedule (a view node). */
export const DELETE_DEFINITION_COMMAND = 'conductor.deleteDefinition';

const WORKFLOW_DETAIL = 'Running executions keep their copy of the definition; new starts will not find it.';

async function confirmRemoval(ctx: DefinitionsContext, ref: DefinitionRef, verb: string): Promise<boolean> {
  const profile = ctx.services.connections.current()?.profile.name ?? 'the server';
  const detail = ref.kind === 'workflow' ? WORKFLOW_DETAIL : undefined;
  const message = `${verb} the ${describeRef(ref)} from ${profile}?`;
  return (await vscode.window.showWarningMessage(message, { modal: true, detail }, verb)) === verb;
}

/** Registers both commands; each resolves true when the definition was removed. */
export function registerUnregisterDefinition(ctx: DefinitionsContext): vscode.Disposable[] {
  const unregister = async (argument: unknown, options?: unknown): Promise<boolean> => {
    const ref = definitionRefOf(argument);
    if (!ref) {
      void vscode.window.showWarningMessage(NO_DEFINITION_MESSAGE);
      return false;
    }
    const verb = ref.kind === 'workflow' || ref.kind === 'taskdef' ? 'Unregister' : 'Delete';
    if (!commandOptions(options).confirmed && !(await confirmRemoval(ctx, ref, verb))) return false;
    const done = await withServer(ctx.services, {
      progress: `${verb === 'Delete' ? 'Deleting' : 'Unregistering'} ${describeRef(ref)}`,
      failure: `${verb.toLowerCase()} the ${describeRef(ref)}`,
      run: async ({ client }) => {
        await unregisterDefinitions(client, [ref]);
        return true;
      },
    });
    if (done) await refreshDefinitions(ctx.services.log);
    return done === true;
  };
  return [
    vscode.commands.registerCommand(UNREGISTER_DEFINITION_COMMAND, unregister),
    vscode.commands.registerCommand(DELETE_DEFINITION_COMMAND, unregister),
  ];
}
