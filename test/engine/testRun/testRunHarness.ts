/**
 * Helpers for the test-run suite: request fixtures of `fixtures/` (deep copies, so a test may tweak its mocks) and
 * a typed `POST /api/workflow/test` call on the shared engine harness.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Task, Workflow } from '../../../common/src/model';
import type { Harness } from '../exec/engineHarness';

/** A WorkflowTestRequest body as JSON. */
export type TestRequestBody = Record<string, unknown> & {
  input?: Record<string, unknown>;
  taskRefToMockOutput?: Record<string, unknown[]>;
};

/** Reads `fixtures/<name>.request.json`. */
export function testRequest(name: string): TestRequestBody {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.request.json`), 'utf8')) as TestRequestBody;
}

/** Posts a test run and returns the answered Workflow (asserting a 200 first). */
export async function runTest(h: Harness, body: unknown): Promise<Workflow> {
  const answer = await h.call('POST', '/api/workflow/test', body);
  if (answer.status !== 200) throw new Error(`POST /api/workflow/test answered ${answer.status}: ${answer.text}`);
  return answer.json as Workflow;
}

/** The tasks of `run` as `ref:STATUS`, in order. */
export function taskStates(run: Workflow): string[] {
  return (run.tasks ?? []).map((t: Task) => `${t.referenceTaskName}:${t.status}`);
}
