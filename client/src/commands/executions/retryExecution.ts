/**
 * `conductor.retryExecution`: retries the last failed tasks of a failed, timed-out or terminated execution (§5.5
 * retry). When a sub-workflow task failed, asks whether to resume the failed sub-workflow instead of starting a new
 * one (`resumeSubworkflowTasks`, the question the execution diagram asks too); a boolean second argument skips it.
 */
import { askRetryResume } from './askRetryResume';
import { executionTarget, type ExecutionsContext } from './executionsContext';
import { runExecutionAction } from './runExecutionAction';

/** Retries the execution of the node or id; resolves true on success. */
export async function retryExecution(
  context: ExecutionsContext,
  argument?: unknown,
  resumeArgument?: unknown,
): Promise<boolean> {
  const target = await executionTarget(context, 'conductor.retryExecution', argument);
  if (!target) return false;
  const id = target.workflowId;
  const resume = typeof resumeArgument === 'boolean' ? resumeArgument : await askResume(context, id);
  if (resume === undefined) return false;
  return runExecutionAction(context, {
    title: `retry execution ${id}`,
    done: `Retried execution ${id}`,
    run: (client) => client.workflows.retry(id, resume),
  });
}

/** Reads the execution with its tasks for the question; unreadable, it is retried plainly (the retry says why). */
async function askResume(context: ExecutionsContext, id: string): Promise<boolean | undefined> {
  const workflow = await context.services.connections
    .connect()
    .then(({ client }) => client.workflows.get(id, true))
    .catch(() => undefined);
  return askRetryResume(id, workflow);
}
