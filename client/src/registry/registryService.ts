/**
 * Keeps what the active profile has registered and tells the language server (`conductor/registeredDefinitions`):
 * read on every (re)connect, on `refresh()` (the refresh command; register/unregister commands call it) and when the
 * window regains focus after a minute (others may have registered meanwhile), dropped on disconnect. When it cannot
 * be read, or `conductor.validation.checkRegistered` is off, the server is told "unknown", so no warning claims
 * something is missing (and nothing is fetched while it is off).
 */
import * as vscode from 'vscode';
import { errorMessage } from '../api';
import { isCheckRegisteredEnabled, onCheckRegisteredChanged } from '../configuration';
import type { Connection } from '../connection/connection';
import type { ConnectionManager } from '../connection/connectionService';
import type { LanguageClientHost } from '../languageClient';
import { REGISTERED_DEFINITIONS_NOTIFICATION } from '../../../server/src/service/registeredDefinitions';
import type { RegisteredDefinitionsParams } from '../../../server/src/service/registeredDefinitions';
import { fetchRegistrySnapshot, toRegisteredDefinitions, type RegistrySnapshot } from './registrySnapshot';

/** How old the registrations may be before regaining focus reads them again. */
const STALE_AFTER_MS = 60_000;

/** The active profile's registrations. */
export class RegistryService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RegistrySnapshot | undefined>();
  private readonly subscriptions: vscode.Disposable[];
  private latest: RegistrySnapshot | undefined;
  /** Bumped per read, so an older read that finishes late never replaces a newer one. */
  private reads = 0;
  /** When the last read started (epoch ms). */
  private readAt = 0;
  /** Fires after each read or reset, once the language server has been told. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly connections: ConnectionManager,
    private readonly languageClient: LanguageClientHost,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions = [
      connections.onDidChangeConnection((connection) => void this.load(connection)),
      onCheckRegisteredChanged(() => void this.load(connections.current())),
      // Others may register from elsewhere (SDKs, the UI): re-read when the user comes back, at most once a minute.
      vscode.window.onDidChangeWindowState((state) => {
        const current = connections.current();
        if (state.focused && current && Date.now() - this.readAt > STALE_AFTER_MS) void this.load(current, false, true);
      }),
    ];
    const current = connections.current();
    if (current) void this.load(current);
  }

  /** The last successful read, if it belongs to the active connection. */
  get snapshot(): RegistrySnapshot | undefined {
    return this.latest;
  }

  /** Reads again (connecting first if needed); rejects with the reason when the server cannot be read. */
  async refresh(): Promise<RegistrySnapshot | undefined> {
    if (!isCheckRegisteredEnabled()) return this.load(undefined);
    return this.load(await this.connections.connect(), true, true);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }

  /** `fresh`: re-read the workflow versions even if the definitions view just did (after a change, when stale). */
  private async load(
    connection: Connection | undefined,
    rethrow = false,
    fresh = false,
  ): Promise<RegistrySnapshot | undefined> {
    const read = ++this.reads;
    this.readAt = Date.now();
    if (!connection || !isCheckRegisteredEnabled()) return this.publish(read, undefined);
    try {
      const snapshot = await fetchRegistrySnapshot(connection.client, connection.profile.name, fresh);
      return await this.publish(read, snapshot);
    } catch (error) {
      this.log.warn(
        `Could not read the definitions registered on "${connection.profile.name}": ${errorMessage(error)}`,
      );
      await this.publish(read, undefined);
      if (rethrow) throw error;
      return undefined;
    }
  }

  private async publish(read: number, snapshot: RegistrySnapshot | undefined): Promise<RegistrySnapshot | undefined> {
    if (read !== this.reads) return this.latest;
    this.latest = snapshot;
    const params: RegisteredDefinitionsParams = { registered: snapshot ? toRegisteredDefinitions(snapshot) : null };
    await this.languageClient.notify(REGISTERED_DEFINITIONS_NOTIFICATION, params);
    this.changed.fire(snapshot);
    return snapshot;
  }
}
