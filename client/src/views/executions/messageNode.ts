/**
 * A node that says something instead of listing executions: the server cannot be reached, nothing matches the
 * filter, or "Load more…". Clicking it runs the next step.
 */
import * as vscode from 'vscode';
import type { ExecutionNode } from './executionNode';

/** What the message is about: its contextValue is `executions.<kind>`. */
export type MessageKind = 'error' | 'empty' | 'loadMore';

/** A leaf with a message and an optional command. */
export class MessageNode extends vscode.TreeItem {
  readonly kind: MessageKind;
  /** The execution whose tasks could not be read, for `getParent`. */
  readonly parent: ExecutionNode | undefined;

  constructor(
    kind: MessageKind,
    label: string,
    options: { description?: string; tooltip?: string; command?: vscode.Command; parent?: ExecutionNode } = {},
  ) {
    super(label, vscode.TreeItemCollapsibleState.None);
    this.kind = kind;
    this.parent = options.parent;
    this.description = options.description;
    this.tooltip = options.tooltip ?? label;
    this.command = options.command;
    this.contextValue = `executions.${kind}`;
    this.iconPath = new vscode.ThemeIcon(MESSAGE_ICONS[kind], kind === 'error' ? ERROR_COLOR : undefined);
  }
}

const MESSAGE_ICONS: Readonly<Record<MessageKind, string>> = {
  error: 'warning',
  empty: 'filter',
  loadMore: 'ellipsis',
};
const ERROR_COLOR = new vscode.ThemeColor('problemsWarningIcon.foreground');
