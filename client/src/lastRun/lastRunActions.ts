/**
 * Quick fixes on a last-run warning: open the execution's diagram, or reveal it in the Executions view, where it can
 * be retried, rerun from the failed task or inspected.
 */
import * as vscode from 'vscode';
import { LAST_RUN_SOURCE, type LastRunDiagnostics } from './lastRunDiagnostics';

/** The code actions of last-run diagnostics. */
export class LastRunActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly runs: LastRunDiagnostics) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const diagnostics = context.diagnostics.filter((diagnostic) => diagnostic.source === LAST_RUN_SOURCE);
    const workflowId = this.runs.workflowIdOf(document.uri);
    if (diagnostics.length === 0 || !workflowId) return [];
    return [
      action('Show the execution diagram', 'conductor.showExecutionDiagram', workflowId, diagnostics),
      action('Reveal the execution in the Executions view', 'conductor.revealExecution', workflowId, diagnostics),
    ];
  }
}

function action(
  title: string,
  command: string,
  workflowId: string,
  diagnostics: vscode.Diagnostic[],
): vscode.CodeAction {
  const result = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  result.command = { title, command, arguments: [workflowId] };
  result.diagnostics = diagnostics;
  return result;
}
