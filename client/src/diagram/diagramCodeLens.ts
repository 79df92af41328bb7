/**
 * "Show diagram" above a workflow definition (an included plain JSON one too, see definitionDocument), on the line of
 * its `name` (or the first line).
 */
import * as vscode from 'vscode';
import { getIncludeGlobs } from '../configuration';
import { isWorkflowDocument } from '../documents/definitionDocument';

/** The code lens provider for workflow files (`conductor-workflow`, and included plain JSON holding a workflow). */
export class DiagramCodeLensProvider implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!isWorkflowDocument(document, getIncludeGlobs())) return [];
    const match = /"name"\s*:/.exec(document.getText(new vscode.Range(0, 0, 50, 0)));
    const line = match ? document.positionAt(match.index).line : 0;
    const command = { title: 'Show diagram', command: 'conductor.showDiagram', arguments: [document.uri] };
    return [new vscode.CodeLens(new vscode.Range(line, 0, line, 0), command)];
  }
}
