/**
 * `conductor.showTaskLogs`: the log lines a worker attached to a task (`GET /api/tasks/{taskId}/log`), as a
 * read-only JSON document (an empty array when there are none).
 */
import { showFailure } from '../../ui/showFailure';
import type { ExecutionsContext } from './executionsContext';
import { taskTarget } from './taskTarget';

/** Opens the node's task logs; resolves true when they are shown. */
export async function showTaskLogs(context: ExecutionsContext, argument?: unknown): Promise<boolean> {
  const target = taskTarget(argument);
  if (!target) return false;
  try {
    await context.documents.open('logs', target.taskId);
    return true;
  } catch (error) {
    void showFailure(context.services, `read the logs of task ${target.taskId}`, error, {
      retry: () => void showTaskLogs(context, target),
    });
    return false;
  }
}
