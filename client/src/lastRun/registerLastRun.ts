/**
 * Wires the last-run warnings: the diagnostics that follow runs started from workflow files, and their quick fixes.
 * Returns the diagnostics so the start commands can hand them each run.
 */
import * as vscode from 'vscode';
import { DEFINITION_LENS_SELECTOR } from '../documents/definitionDocument';
import type { ExtensionServices } from '../services';
import { LastRunActions } from './lastRunActions';
import { LastRunDiagnostics } from './lastRunDiagnostics';

/** Registers the diagnostics and their code actions; disposables go to the extension's subscriptions. */
export function registerLastRun(services: ExtensionServices): LastRunDiagnostics {
  const runs = new LastRunDiagnostics(services.log);
  services.context.subscriptions.push(
    runs,
    vscode.languages.registerCodeActionsProvider([...DEFINITION_LENS_SELECTOR], new LastRunActions(runs), {
      providedCodeActionKinds: LastRunActions.kinds,
    }),
  );
  return runs;
}
