/**
 * `conductor.revealExecution(workflowId)`: refreshes the Executions view and selects the execution, e.g. after a
 * start. An execution the filter hides is shown by clearing the filter (the user asked to see it).
 */
import * as vscode from 'vscode';
import type { ExecutionNode } from '../../views/executions/executionNode';
import { isEmptyFilter } from '../../views/executions/executionFilter';
import type { ExecutionsContext } from './executionsContext';

/** Resolves with the execution's node once it is selected in the view; undefined when it is not listed. */
export async function revealExecution(
  context: ExecutionsContext,
  workflowId: unknown,
): Promise<ExecutionNode | undefined> {
  if (typeof workflowId !== 'string' || workflowId === '') return undefined;
  await vscode.commands.executeCommand('conductor.executions.focus');
  await context.tree.refresh();
  if (!context.tree.find(workflowId) && !isEmptyFilter(context.tree.filter)) await context.tree.setFilter({});
  const node = context.tree.find(workflowId);
  if (!node) {
    void vscode.window.showInformationMessage(
      `Execution ${workflowId} is not among the newest listed; use the filter (text: its id) to find it.`,
    );
    return undefined;
  }
  await context.view.reveal(node, { select: true, focus: true, expand: true });
  return node;
}
