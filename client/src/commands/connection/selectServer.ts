/**
 * `conductor.selectServer [name]`: picks the active profile (quick pick of the profiles plus "Add server…" and "Edit
 * servers in settings…", or the name given by a caller), saves it in `conductor.activeServer`, connects and probes
 * it, and says so when the new server cannot be reached.
 */
import * as vscode from 'vscode';
import { setActiveServerName } from '../../configuration';
import type { ConnectionManager } from '../../connection/connectionService';
import type { Profile } from '../../connection/profiles';
import type { ExtensionServices } from '../../services';
import { SELECT_SERVER_COMMAND, type ConnectionStatusBar } from '../../statusBar/connectionStatusBar';
import { showFailure } from '../../ui/showFailure';
import { ADD_SERVER_COMMAND } from './addServer';

const ADD_LABEL = '$(add) Add server…';
const SETTINGS_LABEL = '$(settings-gear) Edit servers in settings…';

interface ProfileItem extends vscode.QuickPickItem {
  readonly profile?: Profile;
}

function describe(profile: Profile): string {
  if (profile.kind === 'local') return 'built-in engine, started by the extension';
  return profile.auth === 'orkes' ? `${profile.baseUrl} (Orkes key ${profile.keyId})` : profile.baseUrl;
}

async function pick(connections: ConnectionManager): Promise<Profile | 'add' | 'settings' | undefined> {
  const active = connections.activeProfile()?.name;
  const items: ProfileItem[] = connections.profiles().map((profile) => ({
    label: `${profile.name === active ? '$(check)' : '$(server)'} ${profile.name}`,
    description: describe(profile),
    profile,
  }));
  items.push(
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: ADD_LABEL, description: 'name, URL and authentication, step by step' },
    { label: SETTINGS_LABEL, description: 'conductor.servers' },
  );
  const chosen = await vscode.window.showQuickPick(items, { title: 'Conductor: select the server to work with' });
  if (!chosen) return undefined;
  return chosen.profile ?? (chosen.label === ADD_LABEL ? 'add' : 'settings');
}

const UNKNOWN_NAME = 'No server profile has that name; add it with "Conductor: Add Server…".';

/** Registers the command; `statusBar` is probed after a switch. */
export function registerSelectServer(
  services: ExtensionServices,
  connections: ConnectionManager,
  statusBar: ConnectionStatusBar,
): vscode.Disposable {
  /** Makes `profile` active, connects (asking for a missing secret) and probes; says so when it cannot be used. */
  const use = async (profile: Profile): Promise<void> => {
    const retry = (): Promise<void> => use(profile);
    await setActiveServerName(profile.name);
    try {
      await connections.connect();
    } catch (error) {
      await statusBar.refresh();
      void showFailure(services, `connect to "${profile.name}"`, error, { retry, offerSettings: true });
      return;
    }
    await statusBar.refresh();
    const health = statusBar.health;
    if (health.state !== 'unhealthy') return;
    void showFailure(services, `use the server "${profile.name}"`, new Error(health.reason), {
      retry,
      offerSettings: true,
    });
  };
  const select = async (name?: unknown): Promise<void> => {
    const byName = typeof name === 'string';
    const chosen = byName ? connections.profiles().find((profile) => profile.name === name) : await pick(connections);
    if (chosen === 'add') await vscode.commands.executeCommand(ADD_SERVER_COMMAND);
    else if (chosen === 'settings')
      await vscode.commands.executeCommand('workbench.action.openSettings', 'conductor.servers');
    else if (chosen) await use(chosen);
    else if (byName)
      void showFailure(services, `select server "${String(name)}"`, new Error(UNKNOWN_NAME), { offerSettings: true });
  };
  return vscode.commands.registerCommand(SELECT_SERVER_COMMAND, select);
}
