/**
 * Reads an Orkes profile's key secret from SecretStorage and, when it is missing, asks for it in a password input
 * box and stores it there. The secret is never written to settings, logs or messages.
 */
import * as vscode from 'vscode';
import type { OrkesProfile } from './profiles';
import { secretKey, type SecretStore } from './secrets';

/** Asks for the secret of `profile` (password box); undefined when cancelled or left empty. */
export async function askForSecret(profile: OrkesProfile): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: `Conductor: key secret for "${profile.name}"`,
    prompt: `The Orkes application key secret for key id ${profile.keyId} at ${profile.baseUrl}. It is kept in VS Code's secret storage.`,
    password: true,
    ignoreFocusOut: true,
  });
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The stored secret; when missing and `interactive`, asks for it and stores the answer. */
export async function promptForSecret(
  secrets: SecretStore,
  profile: OrkesProfile,
  interactive: boolean,
): Promise<string | undefined> {
  const stored = await secrets.get(secretKey(profile.name));
  if (stored !== undefined && stored !== '') return stored;
  if (!interactive) return undefined;
  const entered = await askForSecret(profile);
  if (entered !== undefined) await secrets.store(secretKey(profile.name), entered);
  return entered;
}
