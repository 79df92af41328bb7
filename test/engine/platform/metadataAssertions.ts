/**
 * Small helpers shared by the metadata endpoint tests.
 */
import assert from 'node:assert/strict';
import type { ErrorResponse, WorkflowDef } from '../../../common/src/model';

/** A minimal valid workflow definition with one SIMPLE task. */
export function def(name: string, version?: number): WorkflowDef {
  const result: WorkflowDef = { name, tasks: [{ name: 'task_a', taskReferenceName: 'a' }] };
  if (version !== undefined) result.version = version;
  return result;
}

/** Asserts Spring's empty 200 (Content-Length: 0, no body). */
export async function ok(response: Response): Promise<void> {
  assert.equal(response.status, 200, await response.clone().text());
  assert.equal(response.headers.get('content-length'), '0');
  assert.equal(await response.text(), '');
}

/** Asserts an error status with a JSON ErrorResponse body and returns the body. */
export async function error(response: Response, status: number): Promise<ErrorResponse> {
  assert.equal(response.status, status);
  assert.equal(response.headers.get('content-type'), 'application/json');
  return (await response.json()) as ErrorResponse;
}
