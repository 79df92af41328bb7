/**
 * `conductor.filterExecutions`: the filter bar. Passing an `ExecutionFilter` applies it without prompting (for
 * other commands and tests).
 */
import type { ExecutionFilter } from '../../views/executions/executionFilter';
import { promptFilter } from '../../views/executions/filterPrompt';
import type { ExecutionsContext } from './executionsContext';

/** Applies `filter`, or asks for one; resolves once the view shows the result. */
export async function filterExecutions(context: ExecutionsContext, filter?: ExecutionFilter): Promise<void> {
  const next = filter ?? (await promptFilter(context.tree.filter, await registeredNames(context)));
  if (next) await context.tree.setFilter(next);
}

// Names only help the pick; a server that cannot list them still lets the user type one.
async function registeredNames(context: ExecutionsContext): Promise<string[]> {
  try {
    const { client } = await context.services.connections.connect();
    return Object.keys(await client.metadata.workflowNamesAndVersions()).sort();
  } catch {
    return [];
  }
}
