/**
 * `conductor.terminateExecution`: asks for a reason (stored as the execution's `reasonForIncompletion`, §5.5), then
 * terminates. A reason passed as second argument skips the prompt.
 */
import * as vscode from 'vscode';
import { executionTarget, type ExecutionsContext } from './executionsContext';
import { runExecutionAction } from './runExecutionAction';

/** Terminates the execution of the node or id; resolves true on success, false when cancelled or failed. */
export async function terminateExecution(
  context: ExecutionsContext,
  argument?: unknown,
  reasonArgument?: unknown,
): Promise<boolean> {
  const target = await executionTarget(context, 'conductor.terminateExecution', argument);
  if (!target) return false;
  const id = target.workflowId;
  const reason =
    typeof reasonArgument === 'string'
      ? reasonArgument
      : await vscode.window.showInputBox({
          title: `Terminate execution ${id}`,
          prompt: 'Reason (kept as the execution’s reasonForIncompletion; may be empty)',
          placeHolder: 'Terminated from VS Code',
        });
  if (reason === undefined) return false;
  return runExecutionAction(context, {
    title: `terminate execution ${id}`,
    done: `Terminated execution ${id}`,
    run: (client) => client.workflows.terminate(id, reason.trim() || undefined),
  });
}
