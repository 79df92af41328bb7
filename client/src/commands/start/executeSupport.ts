/**
 * Servers without the synchronous execute: `POST /api/workflow/execute/{name}/{version}` exists in conductor-oss
 * since v3.21.23 (reference/conductor.md §8). An older server answers 405 (Spring: the path matches a POST-less
 * mapping), and the Execute command then offers Start instead of showing the raw error. A 404 is not taken as that:
 * newer servers answer 404 for an unknown workflow too. Pure: no `vscode` import.
 */
import { ConductorApiError } from '../../api';

/** The message for a server without the synchronous execute. */
export function noSyncExecuteMessage(server: string): string {
  return `${server} has no synchronous execute (Conductor v3.21.23 and later have it). Start the workflow instead, and follow it in the Executions view.`;
}

/** Whether `error` says the server has no synchronous execute. */
export function isNoSyncExecute(error: unknown): boolean {
  return error instanceof ConductorApiError && error.status === 405;
}
