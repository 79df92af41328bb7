/**
 * `conductor.deleteExecution`: removes an execution after a modal confirmation (§3.2 `DELETE …/remove`, archived as
 * the SDKs do). `true` as second argument confirms without asking.
 */
import * as vscode from 'vscode';
import { executionTarget, type ExecutionsContext } from './executionsContext';
import { runExecutionAction } from './runExecutionAction';

const DELETE = 'Delete';

/** Deletes the execution of the node or id; resolves true on success. */
export async function deleteExecution(
  context: ExecutionsContext,
  argument?: unknown,
  confirmed?: unknown,
): Promise<boolean> {
  const target = await executionTarget(context, 'conductor.deleteExecution', argument);
  if (!target) return false;
  const id = target.workflowId;
  if (confirmed !== true) {
    const answer = await vscode.window.showWarningMessage(
      `Delete execution ${id}? Its history and task data are removed from the server.`,
      { modal: true },
      DELETE,
    );
    if (answer !== DELETE) return false;
  }
  return runExecutionAction(context, {
    title: `delete execution ${id}`,
    done: `Deleted execution ${id}`,
    run: (client) => client.workflows.delete(id),
  });
}
