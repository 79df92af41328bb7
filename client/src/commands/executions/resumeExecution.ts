/**
 * `conductor.resumeExecution`: a paused execution runs on (§5.5: only from PAUSED).
 */
import { executionTarget, type ExecutionsContext } from './executionsContext';
import { runExecutionAction } from './runExecutionAction';

/** Resumes the execution of the node or id; resolves true on success. */
export async function resumeExecution(context: ExecutionsContext, argument?: unknown): Promise<boolean> {
  const target = await executionTarget(context, 'conductor.resumeExecution', argument);
  if (!target) return false;
  const id = target.workflowId;
  return runExecutionAction(context, {
    title: `resume execution ${id}`,
    done: `Resumed execution ${id}`,
    run: (client) => client.workflows.resume(id),
  });
}
