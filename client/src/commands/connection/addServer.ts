/**
 * `conductor.addServer`: adds a server profile to the user's `conductor.servers` through three prompts (name, URL,
 * authentication; for Orkes the key id, then the secret into SecretStorage), each checked as it is typed, and makes
 * it the active profile. Editing settings.json by hand stays possible; this is the way that cannot produce a bad entry.
 */
import * as vscode from 'vscode';
import { configurationSection, getRawServers, serversSetting } from '../../configuration';
import type { ConnectionManager } from '../../connection/connectionService';
import { baseUrlProblem, newProfileNameProblem } from '../../connection/profiles';
import { secretKey } from '../../connection/secrets';
import { askForSecret } from '../../connection/secretPrompt';
import type { ExtensionServices } from '../../services';
import { SELECT_SERVER_COMMAND } from '../../statusBar/connectionStatusBar';

/** The command id. */
export const ADD_SERVER_COMMAND = 'conductor.addServer';

/** One entry of `conductor.servers`, as written to settings (never with a secret). */
type ServerEntry =
  { name: string; baseUrl: string; auth: 'none' } | { name: string; baseUrl: string; auth: 'orkes'; keyId: string };

const TITLE = 'Conductor: add a server';

async function askEntry(connections: ConnectionManager): Promise<ServerEntry | undefined> {
  const name = await vscode.window.showInputBox({
    title: `${TITLE} (1/3)`,
    prompt: 'A name for the server, shown in the status bar and in messages',
    validateInput: (value) => newProfileNameProblem(value, connections.profiles()),
  });
  if (name === undefined) return undefined;
  const baseUrl = await vscode.window.showInputBox({
    title: `${TITLE} (2/3)`,
    prompt: 'The server URL (with or without /api)',
    value: 'http://localhost:8080/api',
    validateInput: baseUrlProblem,
  });
  if (baseUrl === undefined) return undefined;
  const auth = await vscode.window.showQuickPick(
    [
      { label: 'No authentication', description: 'Conductor OSS', auth: 'none' as const },
      { label: 'Orkes application key', description: 'key id and secret', auth: 'orkes' as const },
    ],
    { title: `${TITLE} (3/3)` },
  );
  if (!auth) return undefined;
  const entry = { name: name.trim(), baseUrl: baseUrl.trim() };
  if (auth.auth === 'none') return { ...entry, auth: 'none' };
  const keyId = await vscode.window.showInputBox({
    title: `${TITLE}: Orkes key id`,
    prompt: 'The application key id (the secret is asked next and kept in secret storage)',
    validateInput: (value) => (value.trim() === '' ? 'Enter the key id.' : undefined),
  });
  return keyId === undefined ? undefined : { ...entry, auth: 'orkes', keyId: keyId.trim() };
}

/** Registers the command. */
export function registerAddServer(services: ExtensionServices, connections: ConnectionManager): vscode.Disposable {
  return vscode.commands.registerCommand(ADD_SERVER_COMMAND, async () => {
    const entry = await askEntry(connections);
    if (!entry) return;
    const servers = Array.isArray(getRawServers()) ? (getRawServers() as unknown[]) : [];
    const configuration = vscode.workspace.getConfiguration(configurationSection);
    await configuration.update(serversSetting, [...servers, entry], vscode.ConfigurationTarget.Global);
    services.log.info(`Added server profile "${entry.name}" (${entry.baseUrl}) to the user settings`);
    if (entry.auth === 'orkes') {
      const secret = await askForSecret({ ...entry, kind: 'remote' });
      if (secret !== undefined) await services.context.secrets.store(secretKey(entry.name), secret);
    }
    await vscode.commands.executeCommand(SELECT_SERVER_COMMAND, entry.name);
  });
}
