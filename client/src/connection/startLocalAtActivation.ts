/**
 * Starts the Local engine as soon as the extension activates when Local is the active profile. Activation already
 * means the workspace holds Conductor files, so the user is about to register or run something: the engine is then
 * ready (and the status bar healthy) by the time they ask, instead of on their first click.
 */
import type { ExtensionServices } from '../services';
import type { ConnectionManager } from './connectionService';

/** Connects in the background; a failure is logged here and shown by the status bar, never blocking activation. */
export function startLocalAtActivation(services: ExtensionServices, connections: ConnectionManager): void {
  if (connections.activeProfile()?.kind !== 'local') return;
  connections.connect({ interactive: false }).catch((error: unknown) => {
    services.log.warn(`The local engine did not start at activation: ${(error as Error).message}`);
  });
}
