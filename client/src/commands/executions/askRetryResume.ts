/**
 * Asks the retry question (see retryChoices) in a quick pick, for the Executions view's retry command and the
 * execution diagram's retry alike.
 */
import * as vscode from 'vscode';
import type { Workflow } from '../../../../common/src/model';
import { retryChoices, retryTitle } from './retryChoices';

/**
 * The `resumeSubworkflowTasks` value to retry execution `id` with: false without asking when no sub-workflow
 * failed, undefined when the user dismissed the question (then do not retry).
 */
export async function askRetryResume(id: string, workflow: Workflow | undefined): Promise<boolean | undefined> {
  const choices = retryChoices(workflow);
  if (!choices) return false;
  return (await vscode.window.showQuickPick(choices, { title: retryTitle(id) }))?.resume;
}
