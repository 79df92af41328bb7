/**
 * `conductor.clearExecutionFilter`: lists every execution again (also the click target of the "No executions match
 * the filter" node).
 */
import type { ExecutionsContext } from './executionsContext';

/** Removes every filter; resolves once the view shows the result. */
export async function clearExecutionFilter(context: ExecutionsContext): Promise<void> {
  await context.tree.setFilter({});
}
