/**
 * `conductor.restartExecution`: starts a terminal execution over under the same id, with its definition or the
 * latest one (§5.5 restart, `useLatestDefinitions`). A boolean second argument skips the question.
 */
import * as vscode from 'vscode';
import { executionTarget, type ExecutionsContext } from './executionsContext';
import { runExecutionAction } from './runExecutionAction';

/** Restarts the execution of the node or id; resolves true on success. */
export async function restartExecution(
  context: ExecutionsContext,
  argument?: unknown,
  useLatestArgument?: unknown,
): Promise<boolean> {
  const target = await executionTarget(context, 'conductor.restartExecution', argument);
  if (!target) return false;
  const id = target.workflowId;
  const useLatest = typeof useLatestArgument === 'boolean' ? useLatestArgument : await askUseLatest(id);
  if (useLatest === undefined) return false;
  return runExecutionAction(context, {
    title: `restart execution ${id}`,
    done: `Restarted execution ${id}${useLatest ? ' with the latest definition' : ''}`,
    run: (client) => client.workflows.restart(id, useLatest),
  });
}

async function askUseLatest(id: string): Promise<boolean | undefined> {
  const items = [
    { label: 'Restart with the definition it ran', useLatest: false },
    { label: 'Restart with the latest definition', description: 'useLatestDefinitions', useLatest: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Restart execution ${id}` });
  return picked?.useLatest;
}
