/**
 * Runs one REST action on an execution: connects, shows progress, refreshes the view afterwards, and on failure
 * says what failed with Retry / Open Output (through `showFailure`). Resolves true when the action succeeded, so
 * callers (and tests) can chain on it; it never rejects.
 */
import * as vscode from 'vscode';
import type { ConductorClient } from '../../api';
import { showFailure } from '../../ui/showFailure';
import type { ExecutionsContext } from './executionsContext';

/** One action: what it is called in messages, and the call. */
export interface ExecutionAction {
  /** Lower-case verb phrase for "Could not …", e.g. `pause execution 1234`. */
  readonly title: string;
  /** Shown briefly in the status bar afterwards, e.g. `Paused execution 1234`. */
  readonly done: string;
  readonly run: (client: ConductorClient) => Promise<unknown>;
}

/** Runs `action`, then refreshes the Executions view. */
export async function runExecutionAction(context: ExecutionsContext, action: ExecutionAction): Promise<boolean> {
  const attempt = async (): Promise<boolean> => {
    try {
      await vscode.window.withProgress(
        { location: { viewId: 'conductor.executions' }, title: action.title },
        async () => action.run((await context.services.connections.connect()).client),
      );
    } catch (error) {
      void showFailure(context.services, action.title, error, { retry: () => void attempt() });
      return false;
    }
    vscode.window.setStatusBarMessage(action.done, 4_000);
    await context.tree.refresh();
    return true;
  };
  return attempt();
}
