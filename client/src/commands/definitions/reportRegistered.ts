/**
 * The message after a successful register, with the next steps: Start (a workflow, through the executions
 * feature's `conductor.startWorkflow`) and Show in View.
 */
import * as vscode from 'vscode';
import { describeRef, type DefinitionRef } from '../../documents/definitionKind';
import type { DefinitionsContext } from './definitionsContext';
import { revealDefinition } from './revealDefinition';

const START = 'Start';
const SHOW_IN_VIEW = 'Show in View';

/** The command of the executions feature that starts a workflow from `{name, version}`. */
export const START_WORKFLOW_COMMAND = 'conductor.startWorkflow';

/** Says what was registered and runs the chosen next step. */
export async function reportRegistered(
  ctx: DefinitionsContext,
  registered: readonly DefinitionRef[],
  profile: string,
): Promise<void> {
  const [first] = registered;
  if (first === undefined) return;
  const what =
    registered.length === 1
      ? describeRef(first)
      : `${registered.length} ${first.kind === 'taskdef' ? 'task definitions' : 'definitions'}`;
  const actions = first.kind === 'workflow' ? [START, SHOW_IN_VIEW] : [SHOW_IN_VIEW];
  const choice = await vscode.window.showInformationMessage(`Registered ${what} on ${profile}.`, ...actions);
  if (choice === START)
    await vscode.commands.executeCommand(START_WORKFLOW_COMMAND, { name: first.name, version: first.version });
  else if (choice === SHOW_IN_VIEW) await revealDefinition(ctx, first);
}
