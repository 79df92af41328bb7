/**
 * Runs one server action the way every definition command does: connect (which may start the local engine or ask
 * for a secret), show progress while it runs, and on failure say what failed with the next steps (Retry, Open
 * Settings, Open Output) through the shared `showFailure`.
 */
import * as vscode from 'vscode';
import type { Connection } from '../../connection/connection';
import type { ExtensionServices } from '../../services';
import { showFailure } from '../../ui/showFailure';

/** What to run and how to describe it. */
export interface ServerAction<T> {
  /** For the progress notification, without the profile: "Registering order_flow". */
  readonly progress: string;
  /** For the failure message: "register order_flow" → "Could not register order_flow: …". */
  readonly failure: string;
  readonly run: (connection: Connection) => Promise<T>;
  /** Offered as "Retry" when it fails. */
  readonly retry?: () => unknown;
}

/** The action's result, or undefined when it failed (the user has been told). */
export async function withServer<T>(services: ExtensionServices, action: ServerAction<T>): Promise<T | undefined> {
  try {
    const connection = await services.connections.connect();
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `${action.progress} on ${connection.profile.name}…` },
      () => action.run(connection),
    );
  } catch (error) {
    void showFailure(services, action.failure, error, { retry: action.retry });
    return undefined;
  }
}
