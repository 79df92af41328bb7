/**
 * What the connection layer tells the user on its own (not in answer to a command): profile settings that cannot
 * be used, and a local engine that died. Each message says what happened and offers the next step.
 */
import * as vscode from 'vscode';

/** Command ids the messages offer (registered in commands/connection). */
export const RESTART_LOCAL_ENGINE_COMMAND = 'conductor.restartLocalEngine';
/** Shows the Conductor output channel, where the engine's log lines go. */
export const SHOW_ENGINE_LOG_COMMAND = 'conductor.showEngineLog';

const OPEN_SETTINGS = 'Open Settings';
const RESTART = 'Restart Local Engine';
const SHOW_LOG = 'Show Engine Log';

/** Problems already shown, so editing settings.json does not repeat the same notification on every save. */
const shown = new Set<string>();

/** Logs each problem of `conductor.servers` and shows the new ones with "Open Settings". */
export function reportProfileProblems(log: vscode.LogOutputChannel, problems: readonly string[]): void {
  const fresh = problems.filter((problem) => !shown.has(problem));
  for (const problem of problems) log.warn(`Skipped a server profile: ${problem}`);
  fresh.forEach((problem) => shown.add(problem));
  if (fresh.length === 0) return;
  const text = `Conductor: ${fresh.length === 1 ? 'a server profile was' : `${fresh.length} server profiles were`} skipped. ${fresh.join(' ')}`;
  void vscode.window.showWarningMessage(text, OPEN_SETTINGS).then((choice) => {
    if (choice === OPEN_SETTINGS)
      void vscode.commands.executeCommand('workbench.action.openSettings', 'conductor.servers');
  });
}

/** Logs the engine's last lines and offers a restart or the log. */
export function reportEngineExit(
  log: vscode.LogOutputChannel,
  description: string,
  lastLines: readonly string[],
): void {
  log.error(`${description} Last output:\n${lastLines.join('\n')}`);
  void vscode.window
    .showErrorMessage(`${description} Restart it to keep using the Local profile.`, RESTART, SHOW_LOG)
    .then((choice) => {
      if (choice === RESTART) void vscode.commands.executeCommand(RESTART_LOCAL_ENGINE_COMMAND);
      else if (choice === SHOW_LOG) void vscode.commands.executeCommand(SHOW_ENGINE_LOG_COMMAND);
    });
}
