/**
 * The "Register on <profile>" code lens at the top of every Conductor definition file (an included plain JSON one too,
 * see definitionDocument), so registering is one click from the editor. Its title follows the active profile.
 */
import * as vscode from 'vscode';
import { getIncludeGlobs } from '../configuration';
import type { ConnectionService } from '../connection/connection';
import { isDefinitionDocument } from './definitionDocument';

/** Runs `conductor.registerDefinition` with the file. */
export class RegisterCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly connections: ConnectionService,
    private readonly command: string,
  ) {
    this.subscription = connections.onDidChangeConnection(() => this.changed.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (document.uri.scheme !== 'file' || !isDefinitionDocument(document, getIncludeGlobs())) return [];
    const profile = this.connections.current()?.profile.name;
    const title = `$(cloud-upload) Register on ${profile ?? 'Conductor'}`;
    const top = new vscode.Range(0, 0, 0, 0);
    return [new vscode.CodeLens(top, { title, command: this.command, arguments: [document.uri] })];
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
