/**
 * The diagnostics of a rejected register (§2.6): the server's `validationErrors` placed in the local file, in a
 * collection of their own so they never mix with the language server's. They go away on the next successful
 * register and as soon as the file is edited (they describe the text the server saw).
 */
import * as vscode from 'vscode';
import type { ValidationError } from '../../../../common/src/model';
import { placeValidationErrors } from './validationPlacement';

/** Diagnostic source of server findings; with the profile: "Conductor server (Local)". */
export const SERVER_FINDING_SOURCE = 'Conductor server';

/** The collection of server findings. */
export class ServerFindings implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('conductor-server');
  private readonly onEdit = vscode.workspace.onDidChangeTextDocument((event) => {
    if (event.contentChanges.length > 0) this.collection.delete(event.document.uri);
  });

  /** Shows the server's findings in `document`; returns how many. */
  show(
    document: vscode.TextDocument,
    holdsArray: boolean,
    errors: readonly ValidationError[],
    profile: string,
  ): number {
    const diagnostics = placeValidationErrors(document.getText(), holdsArray, errors).map((placed) => {
      const range = new vscode.Range(document.positionAt(placed.range.start), document.positionAt(placed.range.end));
      const diagnostic = new vscode.Diagnostic(range, placed.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = `${SERVER_FINDING_SOURCE} (${profile})`;
      diagnostic.code = placed.serverPath;
      return diagnostic;
    });
    this.collection.set(document.uri, diagnostics);
    return diagnostics.length;
  }

  /** Forgets the findings of `uri`. */
  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.onEdit.dispose();
    this.collection.dispose();
  }
}

/** True for diagnostics this collection made (the register pre-check ignores them: the server will judge again). */
export function isServerFinding(diagnostic: vscode.Diagnostic): boolean {
  return diagnostic.source?.startsWith(SERVER_FINDING_SOURCE) === true;
}
