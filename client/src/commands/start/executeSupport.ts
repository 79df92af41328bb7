/**
 * Servers without the synchronous execute: `POST /api/workflow/execute/{name}/{version}` exists in conductor-oss
 * since v3.21.23 (reference/conductor.md §8). An older server has no handler for the path: none of its
 * `/api/workflow/{a}/{b}/{c}` mappings matches `execute/…` (their middle segment is the literal `correlated` or
 * `skiptask`), so Spring raises NoResourceFoundException, which Conductor answers 404 "No static resource …" (§3),
 * or 500 with that message where its exception mapper predates the 404 mapping (it maps unknown exceptions to 500);
 * servers on older Spring answer Spring's own 404 body (`error`, `path`, no Conductor `message`). A workflow named
 * `correlated` or `skiptask` matches a GET/PUT mapping instead: 405. Any other 404 is not taken as that: newer
 * servers answer 404 "No such workflow found by name…" for an unknown workflow. Pure: no `vscode` import.
 */
import { ConductorApiError } from '../../api';

/** Spring's message for a path without a handler (NoResourceFoundException, NoHandlerFoundException). */
const NO_HANDLER = /^No (static resource|handler found)/i;

/** The message for a server without the synchronous execute. */
export function noSyncExecuteMessage(server: string): string {
  return `${server} has no synchronous execute (Conductor v3.21.23 and later have it). Start the workflow instead, and follow it in the Executions view.`;
}

/** Whether `error` says the server has no synchronous execute. */
export function isNoSyncExecute(error: unknown): boolean {
  if (!(error instanceof ConductorApiError)) return false;
  if (error.status === 405) return true;
  if (NO_HANDLER.test(error.serverMessage)) return error.status === 404 || error.status === 500;
  return error.status === 404 && isSpringNotFound(error.body);
}

/** Spring Boot's default error body for a path without a handler. */
function isSpringNotFound(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { error, path, message } = body as Record<string, unknown>;
  return error === 'Not Found' && typeof path === 'string' && message === undefined;
}
