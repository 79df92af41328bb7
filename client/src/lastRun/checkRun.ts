/**
 * One look at an execution the file follows (lastRunDiagnostics polls with it). While the run goes on only its status
 * is read (`includeTasks=false`): a long loop can hold thousands of tasks, and the poll repeats every few seconds for
 * up to 30 minutes. The tasks are read once, when it has ended. A server that does not answer, or answers 5xx or 429,
 * may be back at the next poll (a restart, a deploy, a proxy hiccup), so following goes on; any other failure (404:
 * the execution was removed) ends it. Pure: no `vscode` import.
 */
import type { Workflow } from '../../../common/src/model';
import { isTerminalWorkflowStatus } from '../../../common/src/status';
import { ConductorApiError, errorMessage } from '../api';
import type { ExecutionApi } from '../api/executionApi';

/** What a look found: the ended run with its tasks, a run still going, or a failure to retry or to stop at. */
export type RunCheck =
  | { readonly kind: 'ended'; readonly workflow: Workflow }
  | { readonly kind: 'running' }
  | { readonly kind: 'unreachable'; readonly reason: string }
  | { readonly kind: 'gone'; readonly reason: string };

/** Reads the status of execution `workflowId`, and its tasks once it has ended. */
export async function checkRun(workflows: Pick<ExecutionApi, 'get'>, workflowId: string): Promise<RunCheck> {
  try {
    const { status } = await workflows.get(workflowId, false);
    if (!isTerminalWorkflowStatus(status)) return { kind: 'running' };
    return { kind: 'ended', workflow: await workflows.get(workflowId, true) };
  } catch (error) {
    return { kind: isTransient(error) ? 'unreachable' : 'gone', reason: errorMessage(error) };
  }
}

/** No answer, a server error, or too many requests: worth asking again later. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof ConductorApiError)) return false;
  return error.isUnreachable || error.status >= 500 || error.status === 429;
}
