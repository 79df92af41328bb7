/**
 * A listed execution. Commands receive it with `workflowId`; its contextValue `execution.<STATUS>` selects the
 * actions package.json offers (see `executionActions.ts`).
 */
import * as vscode from 'vscode';
import type { WorkflowSummary } from '../../../../common/src/model';
import type { WorkflowStatus } from '../../../../common/src/status';
import { executionRow } from './executionRows';
import { statusIcon } from './statusIcon';

/** One execution of the search result; its children are its tasks. */
export class ExecutionNode extends vscode.TreeItem {
  readonly kind = 'execution';
  readonly workflowId: string;
  readonly workflowName: string;
  readonly workflowVersion: number;
  readonly status: WorkflowStatus;

  constructor(summary: WorkflowSummary) {
    const row = executionRow(summary);
    super(row.label, vscode.TreeItemCollapsibleState.Collapsed);
    this.workflowId = summary.workflowId;
    this.workflowName = summary.workflowType;
    this.workflowVersion = summary.version;
    this.status = summary.status;
    // A stable id keeps the execution expanded and selected across refreshes while its label and status update.
    this.id = `execution:${summary.workflowId}`;
    this.description = row.description;
    this.tooltip = new vscode.MarkdownString(row.tooltip);
    this.contextValue = `execution.${summary.status}`;
    this.iconPath = statusIcon(summary.status);
  }
}
