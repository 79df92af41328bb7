/**
 * Typed getters over the `conductor.*` settings the client itself needs (include globs, server profiles). The
 * language server pulls its own settings through `workspace/configuration`.
 */
import * as vscode from 'vscode';

/** The settings section every contributed setting lives in. */
export const configurationSection = 'conductor';

/** Setting that lists globs of plain `*.json` files holding Conductor definitions. */
export const includeSetting = 'definitions.include';

/** Globs of plain JSON definition files, sanitized: non-strings and blanks are dropped. */
export function getIncludeGlobs(): string[] {
  const raw = vscode.workspace.getConfiguration(configurationSection).get<unknown>(includeSetting);
  if (!Array.isArray(raw)) return [];
  return raw.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '');
}

/** Calls `listener` when a setting that needs a language-client restart changes. */
export function onIncludeGlobsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(`${configurationSection}.${includeSetting}`)) listener();
  });
}

/** Setting that lists the server profiles besides the built-in Local one. */
export const serversSetting = 'servers';

/** Setting that names the active profile. */
export const activeServerSetting = 'activeServer';

/** The raw `conductor.servers` value, parsed and checked by `connection/profiles.ts`. */
export function getRawServers(): unknown {
  return vscode.workspace.getConfiguration(configurationSection).get<unknown>(serversSetting);
}

/** The name in `conductor.activeServer`, or undefined when unset or not a string. */
export function getActiveServerName(): string | undefined {
  const name = vscode.workspace.getConfiguration(configurationSection).get<unknown>(activeServerSetting);
  return typeof name === 'string' ? name : undefined;
}

/** Makes `name` the active profile: in the workspace settings when they already choose one, else the user's. */
export async function setActiveServerName(name: string): Promise<void> {
  const configuration = vscode.workspace.getConfiguration(configurationSection);
  const inWorkspace = configuration.inspect(activeServerSetting)?.workspaceValue !== undefined;
  const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await configuration.update(activeServerSetting, name, target);
}

/** Calls `listener` when the profiles or the active profile change. */
export function onServersChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    const keys = [serversSetting, activeServerSetting].map((key) => `${configurationSection}.${key}`);
    if (keys.some((key) => event.affectsConfiguration(key))) listener();
  });
}

/** Setting that turns the checks against the active server's registrations on or off. */
export const checkRegisteredSetting = 'validation.checkRegistered';

/** True unless the user turned the registration-aware checks off. */
export function isCheckRegisteredEnabled(): boolean {
  return vscode.workspace.getConfiguration(configurationSection).get<unknown>(checkRegisteredSetting) !== false;
}

/** Calls `listener` when `conductor.validation.checkRegistered` changes. */
export function onCheckRegisteredChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(`${configurationSection}.${checkRegisteredSetting}`)) listener();
  });
}
