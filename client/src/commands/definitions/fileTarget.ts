/**
 * The file a file command works on: the URI it was given (explorer or editor context menu, code lens, another
 * feature) or the active editor's document. The open document's text is used, so unsaved edits are what counts, and
 * read as definitions the same way for every command.
 */
import * as vscode from 'vscode';
import { DefinitionFileError, readDefinitionFile, type DefinitionFile } from '../../documents/definitionFile';

/** Said when a file command has no file. */
export const NO_FILE_MESSAGE =
  'Open a Conductor definition file (*.workflow.json, *.taskdef.json, *.event.json, *.schedule.json) or pick one in the Explorer first.';

/** The document of the command's file; undefined (after saying so) when there is none. */
export async function targetDocument(argument: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = argument instanceof vscode.Uri ? argument : vscode.window.activeTextEditor?.document.uri;
  if (!uri || (uri.scheme !== 'file' && uri.scheme !== 'untitled')) {
    void vscode.window.showWarningMessage(NO_FILE_MESSAGE);
    return undefined;
  }
  return vscode.workspace.openTextDocument(uri);
}

/** The file's base name, for messages and for telling its kind. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The document's definitions; undefined after saying "Could not <verb>: <why>" when it holds none. */
export function readTargetFile(document: vscode.TextDocument, verb: string): DefinitionFile | undefined {
  try {
    return readDefinitionFile(baseName(document.uri), document.getText());
  } catch (error) {
    if (!(error instanceof DefinitionFileError)) throw error;
    void vscode.window.showErrorMessage(`Could not ${verb}: ${error.message}`);
    return undefined;
  }
}
