/**
 * The one way features report a failure: the error goes to the Conductor output channel with its stack, and a
 * notification says what failed and offers the next step: Retry (when the caller can redo it), Set Server Secret (when
 * the server refused the credentials), Open Settings (when it could not be reached or refused them), Open Output.
 * It resolves once the user has chosen or dismissed it, so commands call it with `void` and do not hang on it.
 */
import * as vscode from 'vscode';
import { ConductorApiError, errorMessage } from '../api';
import type { ExtensionServices } from '../services';

/** Options of `showFailure`. */
export interface FailureOptions {
  /** Redoes the failed action; offered as "Retry". */
  readonly retry?: () => unknown;
  /** Offer "Open Settings" even when the error does not look like a connection problem. */
  readonly offerSettings?: boolean;
}

const RETRY = 'Retry';
const OPEN_SETTINGS = 'Open Settings';
const OPEN_OUTPUT = 'Open Output';
const SET_SECRET = 'Set Server Secret';

/** True when the server refused the credentials: the Orkes key secret is the likely fix. */
function isAuthProblem(error: unknown): boolean {
  return error instanceof ConductorApiError && (error.status === 401 || error.status === 403);
}

/** True when the fix is likely in the server profile: no answer, or the credentials were refused. */
function isConnectionProblem(error: unknown): boolean {
  return (error instanceof ConductorApiError && error.isUnreachable) || isAuthProblem(error);
}

/**
 * Logs and shows "Could not <action>: <reason>" with the fitting next steps; resolves once the user has chosen (or
 * dismissed the notification), after starting the chosen step.
 */
export async function showFailure(
  services: Pick<ExtensionServices, 'log'>,
  action: string,
  error: unknown,
  options: FailureOptions = {},
): Promise<void> {
  const reason = errorMessage(error);
  services.log.error(`Could not ${action}:`, error instanceof Error ? error : reason);
  const items: string[] = [];
  if (options.retry) items.push(RETRY);
  if (isAuthProblem(error)) items.push(SET_SECRET);
  if (options.offerSettings === true || isConnectionProblem(error)) items.push(OPEN_SETTINGS);
  items.push(OPEN_OUTPUT);
  const choice = await vscode.window.showErrorMessage(`Could not ${action}: ${reason}`, ...items);
  if (choice === RETRY) options.retry?.();
  else if (choice === SET_SECRET) await vscode.commands.executeCommand('conductor.setServerSecret');
  else if (choice === OPEN_SETTINGS)
    await vscode.commands.executeCommand('workbench.action.openSettings', 'conductor.');
  else if (choice === OPEN_OUTPUT) services.log.show(true);
}
