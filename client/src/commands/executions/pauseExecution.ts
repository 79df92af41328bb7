/**
 * `conductor.pauseExecution`: nothing new is scheduled until it is resumed; running tasks keep running (§5.5).
 */
import { executionTarget, type ExecutionsContext } from './executionsContext';
import { runExecutionAction } from './runExecutionAction';

/** Pauses the execution of the node or id; resolves true on success. */
export async function pauseExecution(context: ExecutionsContext, argument?: unknown): Promise<boolean> {
  const target = await executionTarget(context, 'conductor.pauseExecution', argument);
  if (!target) return false;
  const id = target.workflowId;
  return runExecutionAction(context, {
    title: `pause execution ${id}`,
    done: `Paused execution ${id}`,
    run: (client) => client.workflows.pause(id),
  });
}
