/**
 * `conductor.setServerSecret [name]` and `conductor.clearServerSecret [name]`: store or forget an Orkes profile's key
 * secret in SecretStorage. The active connection is dropped afterwards so the next request uses the new secret.
 */
import * as vscode from 'vscode';
import type { ConnectionManager } from '../../connection/connectionService';
import type { OrkesProfile } from '../../connection/profiles';
import { askForSecret } from '../../connection/secretPrompt';
import { secretKey } from '../../connection/secrets';
import type { ExtensionServices } from '../../services';

/** Command ids. */
export const SET_SERVER_SECRET_COMMAND = 'conductor.setServerSecret';
/** Forgets a stored secret. */
export const CLEAR_SERVER_SECRET_COMMAND = 'conductor.clearServerSecret';

/** The Orkes profile named `name`, or the one the user picks; undefined (after saying why) when there is none. */
async function orkesProfile(connections: ConnectionManager, name: unknown): Promise<OrkesProfile | undefined> {
  const candidates = connections
    .profiles()
    .filter((profile): profile is OrkesProfile => profile.kind === 'remote' && profile.auth === 'orkes');
  if (typeof name === 'string') return candidates.find((profile) => profile.name === name);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(
      'No server profile uses Orkes keys. Add one to conductor.servers with "auth": "orkes" and a "keyId".',
    );
    return undefined;
  }
  if (candidates.length === 1) return candidates[0];
  const items = candidates.map((profile) => ({ label: profile.name, description: profile.baseUrl, profile }));
  return (await vscode.window.showQuickPick(items, { title: 'Conductor: which server profile?' }))?.profile;
}

/** Registers both commands. */
export function registerServerSecretCommands(
  services: ExtensionServices,
  connections: ConnectionManager,
): vscode.Disposable[] {
  const afterChange = (profile: OrkesProfile): void => {
    if (connections.activeProfile()?.name === profile.name) connections.reset();
  };
  const set = async (name?: unknown): Promise<void> => {
    const profile = await orkesProfile(connections, name);
    const secret = profile && (await askForSecret(profile));
    if (!profile || secret === undefined) return;
    await services.context.secrets.store(secretKey(profile.name), secret);
    services.log.info(`Stored the key secret of profile "${profile.name}" in VS Code's secret storage`);
    afterChange(profile);
  };
  const clear = async (name?: unknown): Promise<void> => {
    const profile = await orkesProfile(connections, name);
    if (!profile) return;
    await services.context.secrets.delete(secretKey(profile.name));
    services.log.info(`Removed the key secret of profile "${profile.name}" from VS Code's secret storage`);
    afterChange(profile);
  };
  return [
    vscode.commands.registerCommand(SET_SERVER_SECRET_COMMAND, set),
    vscode.commands.registerCommand(CLEAR_SERVER_SECRET_COMMAND, clear),
  ];
}
