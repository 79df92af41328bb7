/**
 * Where Orkes key secrets live: VS Code's SecretStorage (the OS keychain), under one key per profile, and nowhere
 * else: not in settings, not in logs, not in messages. The interface is the subset of `vscode.SecretStorage` used,
 * so plain-Node tests pass an in-memory store.
 */

/** The part of `vscode.SecretStorage` the connection code uses. */
export interface SecretStore {
  get(key: string): PromiseLike<string | undefined>;
  store(key: string, value: string): PromiseLike<void>;
  delete(key: string): PromiseLike<void>;
}

/** The SecretStorage key of a profile's Orkes key secret; by name, so renaming a profile asks again. */
export function secretKey(profileName: string): string {
  return `conductor.server.${profileName}.keySecret`;
}
