/**
 * `conductor.openTaskJson`: a task (input, output, times, reason) as a read-only JSON document.
 */
import { showFailure } from '../../ui/showFailure';
import type { ExecutionsContext } from './executionsContext';
import { taskTarget } from './taskTarget';

/** Opens the JSON of the node's task; resolves true when it is shown. */
export async function openTaskJson(context: ExecutionsContext, argument?: unknown): Promise<boolean> {
  const target = taskTarget(argument);
  if (!target) return false;
  try {
    await context.documents.open('task', target.taskId);
    return true;
  } catch (error) {
    void showFailure(context.services, `open task ${target.taskId}`, error, {
      retry: () => void openTaskJson(context, target),
    });
    return false;
  }
}
