/**
 * The nodes that say why a view shows no definitions: an error node (what failed on which profile, the next step,
 * click to refresh) and a plain note (e.g. a server without the scheduler module).
 */
import * as vscode from 'vscode';
import type { LoadFailure } from './loadFailure';
import { REFRESH_DEFINITIONS_COMMAND } from './viewIds';

/** A load failure; clicking it refreshes. */
export class ErrorNode extends vscode.TreeItem {
  constructor(readonly failure: LoadFailure) {
    super(failure.label, vscode.TreeItemCollapsibleState.None);
    this.description = failure.hint;
    this.tooltip = `${failure.detail}\n\n${failure.hint}. Click to refresh.`;
    this.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    this.contextValue = 'definitionsError';
    this.command = { command: REFRESH_DEFINITIONS_COMMAND, title: 'Refresh' };
  }
}

/** A note in place of children, e.g. "No schedules". */
export class NoteNode extends vscode.TreeItem {
  constructor(label: string, tooltip?: string) {
    super(label, vscode.TreeItemCollapsibleState.None);
    this.tooltip = tooltip;
    this.iconPath = new vscode.ThemeIcon('info');
    this.contextValue = 'definitionsNote';
  }
}
