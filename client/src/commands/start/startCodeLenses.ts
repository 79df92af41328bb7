/**
 * Code lenses on workflow files (included plain JSON workflows too, see definitionDocument): "▶ Start", "Start with
 * Input…", "Execute…" and "Test Run" (mocked workers), on the line of the definition's `name` (or the first line). They pass the file's URI; the start commands then ask registered-or-file.
 */
import * as vscode from 'vscode';
import { getIncludeGlobs } from '../../configuration';
import { isWorkflowDocument } from '../../documents/definitionDocument';

/** Code lens provider for workflow files (`conductor-workflow`, and included plain JSON holding a workflow). */
export class StartCodeLenses implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!isWorkflowDocument(document, getIncludeGlobs())) return [];
    const nameLine = /^\s*"name"\s*:/m.exec(document.getText());
    const line = nameLine
      ? document.positionAt(nameLine.index + nameLine[0].length - nameLine[0].trimStart().length).line
      : 0;
    const range = new vscode.Range(line, 0, line, 0);
    const lens = (title: string, command: string): vscode.CodeLens =>
      new vscode.CodeLens(range, { title, command, arguments: [document.uri] });
    return [
      lens('▶ Start', 'conductor.startWorkflow'),
      lens('Start with Input…', 'conductor.startWorkflowWithInput'),
      lens('Execute…', 'conductor.executeWorkflow'),
      lens('Test Run', 'conductor.testRunWorkflow'),
    ];
  }
}
