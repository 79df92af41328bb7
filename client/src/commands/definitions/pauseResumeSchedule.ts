/**
 * `conductor.pauseSchedule(node)` (asks for an optional reason, stored as `pausedReason`) and
 * `conductor.resumeSchedule(node)`: the scheduler's own pause/resume calls (engine/src/schedules/README.md).
 */
import * as vscode from 'vscode';
import { definitionRefOf, NO_DEFINITION_MESSAGE } from './definitionArgument';
import type { DefinitionsContext } from './definitionsContext';
import { refreshDefinitions } from './refreshDefinitions';
import { withServer } from './withServer';

/** Pauses a schedule (a view node; optional reason as second argument). */
export const PAUSE_SCHEDULE_COMMAND = 'conductor.pauseSchedule';
/** Resumes a paused schedule (a view node). */
export const RESUME_SCHEDULE_COMMAND = 'conductor.resumeSchedule';

function scheduleName(argument: unknown): string | undefined {
  const ref = definitionRefOf(argument);
  if (ref?.kind === 'schedule') return ref.name;
  void vscode.window.showWarningMessage(NO_DEFINITION_MESSAGE);
  return undefined;
}

/** Registers both commands; `pauseSchedule(node, reason)` skips the prompt. Each resolves true when done. */
export function registerPauseResumeSchedule(ctx: DefinitionsContext): vscode.Disposable[] {
  const pause = async (argument: unknown, givenReason?: unknown): Promise<boolean> => {
    const name = scheduleName(argument);
    if (name === undefined) return false;
    const reason =
      typeof givenReason === 'string'
        ? givenReason
        : await vscode.window.showInputBox({ title: `Pause schedule ${name}`, prompt: 'Reason (optional)' });
    if (reason === undefined) return false;
    const done = await withServer(ctx.services, {
      progress: `Pausing schedule ${name}`,
      failure: `pause schedule ${name}`,
      run: async ({ client }) => {
        // An empty reason is no reason: the server would store "".
        await client.schedules.pause(name, reason === '' ? undefined : reason);
        return true;
      },
    });
    if (done) await refreshDefinitions(ctx.services.log);
    return done === true;
  };
  const resume = async (argument: unknown): Promise<boolean> => {
    const name = scheduleName(argument);
    if (name === undefined) return false;
    const done = await withServer(ctx.services, {
      progress: `Resuming schedule ${name}`,
      failure: `resume schedule ${name}`,
      run: async ({ client }) => {
        await client.schedules.resume(name);
        return true;
      },
    });
    if (done) await refreshDefinitions(ctx.services.log);
    return done === true;
  };
  return [
    vscode.commands.registerCommand(PAUSE_SCHEDULE_COMMAND, pause),
    vscode.commands.registerCommand(RESUME_SCHEDULE_COMMAND, resume),
  ];
}
