/**
 * Inlay hints after each task's `taskReferenceName` in a workflow file whose last followed run ended: how the task
 * did (lastRunHints). They follow the text as it is edited, and go when the next run of the file starts.
 */
import * as vscode from 'vscode';
import type { LastRunDiagnostics } from './lastRunDiagnostics';
import { lastRunHints } from './lastRunHints';

/** The inlay hints of last runs. */
export class LastRunInlayHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly runs: LastRunDiagnostics) {
    this.subscription = runs.onDidChange(() => this.changed.fire());
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    const workflow = this.runs.endedRunOf(document.uri);
    if (!workflow) return [];
    const hints: vscode.InlayHint[] = [];
    for (const { offset, label, tooltip } of lastRunHints(document.getText(), workflow)) {
      const position = document.positionAt(offset);
      if (!range.contains(position)) continue;
      const hint = new vscode.InlayHint(position, label);
      hint.paddingLeft = true;
      hint.tooltip = tooltip;
      hints.push(hint);
    }
    return hints;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
