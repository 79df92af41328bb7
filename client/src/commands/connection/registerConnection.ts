/**
 * The connection feature area: the status bar and the server commands. The connection manager itself is built in
 * `activate` because every other area needs it.
 */
import type { ConnectionManager } from '../../connection/connectionService';
import type { ExtensionServices } from '../../services';
import { startLocalAtActivation } from '../../connection/startLocalAtActivation';
import { ConnectionStatusBar } from '../../statusBar/connectionStatusBar';
import { registerAddServer } from './addServer';
import { registerRestartLocalEngine } from './restartLocalEngine';
import { registerSelectServer } from './selectServer';
import { registerServerSecretCommands } from './setServerSecret';
import { registerShowEngineLog } from './showEngineLog';

/** Registers the status bar and the connection commands, and starts Local if active; returns the status bar. */
export function registerConnection(services: ExtensionServices, connections: ConnectionManager): ConnectionStatusBar {
  const statusBar = new ConnectionStatusBar(connections);
  services.context.subscriptions.push(
    statusBar,
    registerSelectServer(services, connections, statusBar),
    registerAddServer(services, connections),
    ...registerServerSecretCommands(services, connections),
    registerRestartLocalEngine(services, connections),
    registerShowEngineLog(services),
  );
  startLocalAtActivation(services, connections);
  return statusBar;
}
