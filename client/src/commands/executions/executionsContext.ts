/**
 * What every execution command works with, and how it finds its target: the tree node it was invoked on, a
 * workflow id passed by another command or a test, or (from the palette) a pick among the listed executions.
 */
import * as vscode from 'vscode';
import type { WorkflowStatus } from '../../../../common/src/status';
import type { ExtensionServices } from '../../services';
import type { ExecutionsTree, ExecutionsTreeNode } from '../../views/executions/executionsTree';
import type { InputEditors } from '../../input/inputEditors';
import type { ExecutionDocuments } from '../../views/executions/executionDocuments';
import type { LastRunDiagnostics } from '../../lastRun/lastRunDiagnostics';
import { EXECUTION_ACTIONS } from '../../views/executions/executionActions';

/** The services plus the Executions view. */
export interface ExecutionsContext {
  readonly services: ExtensionServices;
  readonly tree: ExecutionsTree;
  readonly view: vscode.TreeView<ExecutionsTreeNode>;
  readonly documents: ExecutionDocuments;
  readonly inputs: InputEditors;
  /** Follows runs started from workflow files and marks where they went wrong. */
  readonly lastRuns: LastRunDiagnostics;
}

/** An execution chosen for a command. */
export interface ExecutionTarget {
  readonly workflowId: string;
  /** Known when the command came from a node (or the pick); undefined for a bare id. */
  readonly status?: WorkflowStatus;
}

/**
 * The execution `argument` names (a node with `workflowId`, or an id string); without one, asks the user to pick
 * among the listed executions the command applies to. Undefined when the user cancelled.
 */
export async function executionTarget(
  context: ExecutionsContext,
  command: string,
  argument: unknown,
): Promise<ExecutionTarget | undefined> {
  if (typeof argument === 'string' && argument.trim() !== '') return { workflowId: argument.trim() };
  if (isExecutionLike(argument)) return argument;
  const allowed = EXECUTION_ACTIONS[command];
  const candidates = context.tree.listed().filter((node) => !allowed || allowed.includes(node.status));
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(
      'No listed execution fits this action. Refresh or change the Executions filter, or pass a workflow id.',
    );
    return undefined;
  }
  const items = candidates.map((node) => ({
    label: `${node.workflowName} v${node.workflowVersion}`,
    description: `${node.status} · ${node.workflowId}`,
    target: { workflowId: node.workflowId, status: node.status },
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Choose an execution' });
  return picked?.target;
}

function isExecutionLike(value: unknown): value is ExecutionTarget {
  return (
    typeof value === 'object' && value !== null && typeof (value as { workflowId?: unknown }).workflowId === 'string'
  );
}
