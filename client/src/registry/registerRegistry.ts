/**
 * The registration-aware area: the registry of the active profile, its code lens, and
 * `conductor.refreshRegistry`, which other features run after they register or unregister something.
 */
import * as vscode from 'vscode';
import type { ConnectionManager } from '../connection/connectionService';
import type { LanguageClientHost } from '../languageClient';
import type { ExtensionServices } from '../services';
import { showFailure } from '../ui/showFailure';
import { registerRegistryCodeLens } from './registryCodeLens';
import { RegistryService } from './registryService';

/** Re-reads what the active profile has registered; resolves once the language server knows. */
export const REFRESH_REGISTRY_COMMAND = 'conductor.refreshRegistry';

/** Registers the registry, its code lens and its command; returns the registry for tests. */
export function registerRegistry(
  services: ExtensionServices,
  connections: ConnectionManager,
  languageClient: LanguageClientHost,
): RegistryService {
  const registry = new RegistryService(connections, languageClient, services.log);
  const refresh = async (): Promise<void> => {
    try {
      await registry.refresh();
    } catch (error) {
      void showFailure(services, 'read the registered definitions', error, { retry: () => void refresh() });
    }
  };
  services.context.subscriptions.push(
    registry,
    registerRegistryCodeLens(registry),
    vscode.commands.registerCommand(REFRESH_REGISTRY_COMMAND, refresh),
  );
  return registry;
}
