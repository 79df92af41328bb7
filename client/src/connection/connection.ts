/**
 * The contract every view and command uses to reach the active Conductor server. The implementation
 * (`connectionService.ts`) owns profiles, secrets, the local engine and the status bar; consumers only see this.
 */
import type * as vscode from 'vscode';
import type { ConductorClient } from '../api';

/** What views and messages may show about a profile (never its secret). */
export interface ProfileSummary {
  /** The profile name from `conductor.servers`, or `Local` for the built-in engine. */
  readonly name: string;
  /** Base URL without `/api`. */
  readonly baseUrl: string;
  /** True for the built-in profile backed by the bundled engine. */
  readonly isLocal: boolean;
}

/** A usable connection: the profile and a REST client bound to it. */
export interface Connection {
  readonly profile: ProfileSummary;
  readonly client: ConductorClient;
}

/** The active-connection service. */
export interface ConnectionService {
  /** Fires after the active profile changes or (re)connects, and with `undefined` when it disconnects. */
  readonly onDidChangeConnection: vscode.Event<Connection | undefined>;
  /** The connection if already established, without side effects. */
  current(): Connection | undefined;
  /**
   * The active connection, establishing it when needed (starts the local engine, prompts for a missing secret).
   * Rejects with an Error whose message says what failed and what to do next.
   */
  connect(): Promise<Connection>;
}
