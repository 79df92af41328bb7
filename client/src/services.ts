/**
 * What `activate` builds once and hands to each feature's `register…(services)` function, so features never reach
 * for globals and `extension.ts` stays wiring only.
 */
import type * as vscode from 'vscode';
import type { ConnectionService } from './connection/connection';

/** Shared extension-wide services. */
export interface ExtensionServices {
  readonly context: vscode.ExtensionContext;
  /** The "Conductor" output channel. */
  readonly log: vscode.LogOutputChannel;
  readonly connections: ConnectionService;
}
