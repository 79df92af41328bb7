/**
 * `conductor.showEngineLog`: reveals the Conductor output channel, where the local engine's lines go (`[engine] …`).
 */
import * as vscode from 'vscode';
import { SHOW_ENGINE_LOG_COMMAND } from '../../connection/connectionMessages';
import type { ExtensionServices } from '../../services';

/** Registers the command. */
export function registerShowEngineLog(services: ExtensionServices): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_ENGINE_LOG_COMMAND, () => services.log.show(true));
}
