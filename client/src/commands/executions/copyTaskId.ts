/**
 * `conductor.copyTaskId`: a task's id to the clipboard.
 */
import * as vscode from 'vscode';
import { taskTarget } from './taskTarget';

/** Copies the task id of the node; resolves with it. */
export async function copyTaskId(_context: unknown, argument?: unknown): Promise<string | undefined> {
  const target = taskTarget(argument);
  if (!target) return undefined;
  await vscode.env.clipboard.writeText(target.taskId);
  vscode.window.setStatusBarMessage(`Copied task id ${target.taskId}`, 3_000);
  return target.taskId;
}
