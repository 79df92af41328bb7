/**
 * `conductor.restartLocalEngine`: stops the bundled engine (if it runs) and starts it again on the same data, with
 * progress, and reconnects when Local is the active profile. Offered after the engine dies.
 */
import * as vscode from 'vscode';
import { RESTART_LOCAL_ENGINE_COMMAND } from '../../connection/connectionMessages';
import type { ConnectionManager } from '../../connection/connectionService';
import type { ExtensionServices } from '../../services';
import { showFailure } from '../../ui/showFailure';

/** Registers the command. */
export function registerRestartLocalEngine(
  services: ExtensionServices,
  connections: ConnectionManager,
): vscode.Disposable {
  const restart = async (): Promise<void> => {
    try {
      const url = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Restarting the local Conductor engine…' },
        async () => {
          await connections.restartLocalEngine();
          return connections.localEngine.url;
        },
      );
      services.log.info(`Local Conductor engine restarted at ${String(url)}`);
    } catch (error) {
      void showFailure(services, 'restart the local Conductor engine', error, { retry: () => void restart() });
    }
  };
  return vscode.commands.registerCommand(RESTART_LOCAL_ENGINE_COMMAND, restart);
}
