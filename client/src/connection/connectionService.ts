/**
 * The implementation of `ConnectionService`: reads the profiles from settings, keeps one connection to the active
 * profile (connecting once even when many views ask at the same time), starts the Local engine lazily, asks for a
 * missing Orkes secret, and drops the connection when the profile settings change or the local engine dies.
 */
import * as vscode from 'vscode';
import { onServersChanged } from '../configuration';
import type { Connection, ConnectionService } from './connection';
import { connectProfile, UNKNOWN_PROFILE_MESSAGE, type ConnectOptions } from './connector';
import { LocalEngineHost } from './localEngineHost';
import { ProfileSettings } from './profileSettings';
import type { Profile } from './profiles';
import { promptForSecret } from './secretPrompt';
import { reportEngineExit } from './connectionMessages';

/** Connections to the profiles of `conductor.servers` and the built-in Local engine. */
export class ConnectionManager implements ConnectionService, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Connection | undefined>();
  private readonly profilesChanged = new vscode.EventEmitter<void>();
  /** Fires after the active profile changes or (re)connects, and with `undefined` when it disconnects. */
  readonly onDidChangeConnection = this.changed.event;
  /** Fires when `conductor.servers` or `conductor.activeServer` changed. */
  readonly onDidChangeProfiles = this.profilesChanged.event;
  /** The Local profile's engine. */
  readonly localEngine: LocalEngineHost;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly settings: ProfileSettings;
  private connection: Connection | undefined;
  /** The profile (as JSON) `connection` was made for: a change of its URL or key id needs a new connection. */
  private connectedTo = '';
  private connecting: { key: string; promise: Promise<Connection> } | undefined;
  /** Bumped on every reset, so a connect that finishes after a switch does not become current. */
  private generation = 0;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.localEngine = new LocalEngineHost({
      enginePath: context.asAbsolutePath('dist/engine.js'),
      dataDir: vscode.Uri.joinPath(context.globalStorageUri, 'engine').fsPath,
      // VS Code's own runtime: users need no Node install (the host adds ELECTRON_RUN_AS_NODE).
      nodePath: process.execPath,
      onLog: (line) => log.info(`[engine] ${line}`),
      onExit: (description, lastLines, shared) => this.onEngineExit(description, lastLines, shared),
    });
    this.settings = new ProfileSettings(log);
    // Settings problems are reported at activation, not only when a feature first asks for the profiles.
    this.settings.all();
    this.disposables.push(
      this.changed,
      this.profilesChanged,
      onServersChanged(() => this.reload()),
    );
  }

  /** Every usable profile, Local first. */
  profiles(): readonly Profile[] {
    return this.settings.all();
  }

  /** The active profile, or undefined when `conductor.activeServer` names none. */
  activeProfile(): Profile | undefined {
    return this.settings.active();
  }

  /** The name the active profile is shown under, also when it is unknown. */
  activeName(): string {
    return this.settings.activeName();
  }

  current(): Connection | undefined {
    return this.connection;
  }

  connect(options: ConnectOptions = {}): Promise<Connection> {
    const profile = this.activeProfile();
    const key = JSON.stringify(profile);
    // The settings may change before their change event arrives (right after `update`): never serve a stale profile.
    if (this.connection && this.connectedTo !== key) this.reset();
    // The Local engine was restarted or replaced under this connection.
    if (this.connection?.profile.isLocal === true && this.connection.profile.baseUrl !== this.localEngine.url)
      this.reset();
    if (this.connection) return Promise.resolve(this.connection);
    if (!profile) return Promise.reject(new Error(UNKNOWN_PROFILE_MESSAGE(this.activeName())));
    if (this.connecting?.key !== key) {
      const generation = this.generation;
      const promise = connectProfile(profile, {
        localEngine: this.localEngine,
        secretFor: (orkes) => promptForSecret(this.context.secrets, orkes, options.interactive ?? true),
      }).then((connection) => {
        if (generation === this.generation) {
          this.connection = connection;
          this.connectedTo = key;
          this.log.info(`Connected to profile "${profile.name}" at ${connection.profile.baseUrl}`);
          this.changed.fire(connection);
        }
        return connection;
      });
      const forget = (): void => {
        if (this.connecting?.promise === promise) this.connecting = undefined;
      };
      promise.then(forget, forget);
      this.connecting = { key, promise };
    }
    return this.connecting.promise;
  }

  /** Restarts the Local engine; reconnects when Local is active. */
  async restartLocalEngine(): Promise<Connection | undefined> {
    const isLocal = (): boolean => this.activeProfile()?.kind === 'local';
    if (isLocal()) this.reset();
    await this.localEngine.restart();
    // A view may have connected while the old engine was still up: drop that connection too.
    if (isLocal()) this.reset();
    return isLocal() ? this.connect() : undefined;
  }

  /** Forgets the connection (e.g. after the secret changed) and tells the listeners. */
  reset(): void {
    this.generation++;
    this.connecting = undefined;
    if (this.connection === undefined) return;
    this.connection = undefined;
    this.changed.fire(undefined);
  }

  /** Stops the local engine; resolves once it has exited. */
  async dispose(): Promise<void> {
    for (const disposable of this.disposables) disposable.dispose();
    await this.localEngine.dispose();
  }

  private reload(): void {
    // Only a change of the active profile drops its connection: adding another one must not disturb the views.
    const made = this.connection ? this.connectedTo : this.connecting?.key;
    if (made !== undefined && made !== JSON.stringify(this.activeProfile())) this.reset();
    this.profilesChanged.fire();
  }

  private onEngineExit(description: string, lastLines: readonly string[], shared: boolean): void {
    const wasConnected = this.connection?.profile.isLocal === true;
    if (wasConnected) this.reset();
    if (!shared) return reportEngineExit(this.log, description, lastLines);
    // Another window was closed: take over with an engine of our own, quietly, if this window was using it.
    this.log.info(`${description} Starting this window's own engine.`);
    if (wasConnected)
      this.connect().catch((error: unknown) => reportEngineExit(this.log, (error as Error).message, []));
  }
}
