/**
 * `conductor.openExecutionJson`: the execution with its tasks as a read-only JSON document.
 */
import { showFailure } from '../../ui/showFailure';
import { executionTarget, type ExecutionsContext } from './executionsContext';

/** Opens the JSON of the node's execution; resolves true when it is shown. */
export async function openExecutionJson(context: ExecutionsContext, argument?: unknown): Promise<boolean> {
  const target = await executionTarget(context, 'conductor.openExecutionJson', argument);
  if (!target) return false;
  try {
    await context.documents.open('workflow', target.workflowId);
    return true;
  } catch (error) {
    void showFailure(context.services, `open execution ${target.workflowId}`, error, {
      retry: () => void openExecutionJson(context, target),
    });
    return false;
  }
}
