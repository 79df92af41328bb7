/**
 * Inlay hints after each task's `taskReferenceName` in a workflow file whose last followed run ended: how the task
 * did (lastRunHints). They follow the text as it is edited, and go when the next run of the file starts.
 */
import * as vscode from 'vscode';
import type { LastRunDiagnostics } from './lastRunDiagnostics';
import { lastRunHints, type LastRunHint } from './lastRunHints';

/** The inlay hints of last runs. */
export class LastRunInlayHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly subscription: vscode.Disposable;
  /** The labels of the last document version asked for: scrolling asks again, and a large file parses slowly. */
  private cached: { key: string; hints: readonly LastRunHint[] } | undefined;

  constructor(private readonly runs: LastRunDiagnostics) {
    this.subscription = runs.onDidChange(() => {
      this.cached = undefined;
      this.changed.fire();
    });
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    const workflow = this.runs.endedRunOf(document.uri);
    if (!workflow) return [];
    const key = `${document.uri.toString()}@${document.version}`;
    if (this.cached?.key !== key) this.cached = { key, hints: lastRunHints(document.getText(), workflow) };
    const hints: vscode.InlayHint[] = [];
    for (const { offset, label, tooltip } of this.cached.hints) {
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
