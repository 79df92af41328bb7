/**
 * `conductor.copyExecutionId`: the workflow id to the clipboard.
 */
import * as vscode from 'vscode';
import { executionTarget, type ExecutionsContext } from './executionsContext';

/** Copies the id of the node's execution; resolves with it. */
export async function copyExecutionId(context: ExecutionsContext, argument?: unknown): Promise<string | undefined> {
  const target = await executionTarget(context, 'conductor.copyExecutionId', argument);
  if (!target) return undefined;
  await vscode.env.clipboard.writeText(target.workflowId);
  vscode.window.setStatusBarMessage(`Copied execution id ${target.workflowId}`, 3_000);
  return target.workflowId;
}
