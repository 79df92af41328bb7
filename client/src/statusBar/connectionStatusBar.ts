/**
 * The status-bar item of the active profile: its name and health, probed on every connection change, after a
 * switch, and every 30 s while this VS Code window is focused (an unfocused window does not poll anybody's server).
 * It sets the `conductor.connected` context key the views' welcome content reads. A click opens the server picker.
 */
import * as vscode from 'vscode';
import type { ConnectionManager } from '../connection/connectionService';
import { probeHealth, statusText, statusTooltip, type Health } from './healthProbe';

/** The context key: true while the active profile is connected and its last probe was healthy. */
export const CONNECTED_CONTEXT_KEY = 'conductor.connected';
/** Opens the server picker; the status bar's click. */
export const SELECT_SERVER_COMMAND = 'conductor.selectServer';

const PROBE_INTERVAL_MS = 30_000;

/** Shows and keeps up to date the active profile's health. */
export class ConnectionStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('conductor.connection', vscode.StatusBarAlignment.Left, 10);
  private readonly changed = new vscode.EventEmitter<Health>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timer: NodeJS.Timeout;
  private current: Health = { state: 'stopped' };
  private probing: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  /** Fires after every probe with the new health (the in-VS-Code tests wait on it). */
  readonly onDidChangeHealth = this.changed.event;

  constructor(private readonly connections: ConnectionManager) {
    this.item.name = 'Conductor Server';
    this.item.command = SELECT_SERVER_COMMAND;
    this.disposables.push(
      this.item,
      this.changed,
      connections.onDidChangeConnection(() => void this.refresh()),
      connections.onDidChangeProfiles(() => void this.refresh()),
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) void this.refresh();
      }),
    );
    this.timer = setInterval(() => {
      if (vscode.window.state.focused) void this.refresh();
    }, PROBE_INTERVAL_MS);
    this.show({ state: 'stopped' });
    this.item.show();
    void this.refresh();
  }

  /** The last known health. */
  get health(): Health {
    return this.current;
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  /** Probes now; calls during a probe share one more probe after it, so the answer reflects the latest state. */
  refresh(): Promise<void> {
    if (this.probing) {
      this.queued ??= this.probing.then(() => {
        this.queued = undefined;
        return this.refresh();
      });
      return this.queued;
    }
    this.probing = this.probe().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  dispose(): void {
    clearInterval(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async probe(): Promise<void> {
    const profile = this.connections.activeProfile();
    let connection = this.connections.current();
    // Probing never starts the local engine: it starts when a view or command first needs it.
    if (!connection && profile?.kind === 'local' && this.connections.localEngine.url === undefined) {
      this.show({ state: 'stopped' });
      return;
    }
    if (!connection) {
      if (this.current.state === 'stopped') this.show({ state: 'connecting' });
      try {
        connection = await this.connections.connect({ interactive: false });
      } catch (error) {
        this.show({ state: 'unhealthy', reason: (error as Error).message });
        return;
      }
    }
    this.show(await probeHealth(connection.client));
  }

  private show(health: Health): void {
    const name = this.connections.activeName();
    this.current = health;
    this.item.text = statusText(name, health);
    this.item.tooltip = statusTooltip(name, health);
    this.item.backgroundColor =
      health.state === 'unhealthy' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    void vscode.commands.executeCommand('setContext', CONNECTED_CONTEXT_KEY, health.state === 'healthy');
    this.changed.fire(health);
  }
}
