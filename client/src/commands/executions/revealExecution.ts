/**
 * `conductor.revealExecution(workflowId)`: refreshes the Executions view and selects the execution, e.g. after a
 * start. An execution the filter hides is shown by clearing the filter (the user asked to see it), and one older
 * than the listed pages by filtering on its id.
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
  // Older than the listed pages: filter by its id (the view's description shows that filter, so it can be cleared).
  if (!context.tree.find(workflowId)) await context.tree.setFilter({ freeText: workflowId });
  const node = context.tree.find(workflowId);
  if (!node) {
    await context.tree.setFilter({});
    void vscode.window.showInformationMessage(`Execution ${workflowId} was not found on the server (deleted?).`);
    return undefined;
  }
  await context.view.reveal(node, { select: true, focus: true, expand: true });
  return node;
}
