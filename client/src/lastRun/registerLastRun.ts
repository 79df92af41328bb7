/**
 * Wires the last-run features: the diagnostics that follow runs started from workflow files, their quick fixes, and
 * the inlay hints of how each task did.
 * Returns the diagnostics so the start commands can hand them each run.
 */
import * as vscode from 'vscode';
import { DEFINITION_LENS_SELECTOR } from '../documents/definitionDocument';
import type { ExtensionServices } from '../services';
import { LastRunActions } from './lastRunActions';
import { LastRunDiagnostics } from './lastRunDiagnostics';
import { LastRunInlayHints } from './lastRunInlayHints';

/** Registers the diagnostics, code actions and inlay hints; disposables go to the extension's subscriptions. */
export function registerLastRun(services: ExtensionServices): LastRunDiagnostics {
  const runs = new LastRunDiagnostics(services.log);
  const hints = new LastRunInlayHints(runs);
  services.context.subscriptions.push(
    runs,
    hints,
    vscode.languages.registerInlayHintsProvider([...DEFINITION_LENS_SELECTOR], hints),
    vscode.languages.registerCodeActionsProvider([...DEFINITION_LENS_SELECTOR], new LastRunActions(runs), {
      providedCodeActionKinds: LastRunActions.kinds,
    }),
  );
  return runs;
}
