/**
 * `conductor.refreshExecutions`: re-reads the listed executions and resolves with the nodes the view now shows at its
 * top level (executions, an error node, "Load more…"), so other commands and tests can see what the user sees.
 */
import type { ExecutionsTreeNode } from '../../views/executions/executionsTree';
import type { ExecutionsContext } from './executionsContext';

/** Refreshes and resolves with the top-level nodes. */
export async function refreshExecutions(context: ExecutionsContext): Promise<ExecutionsTreeNode[]> {
  await context.tree.refresh();
  return context.tree.getChildren();
}
