/**
 * Helpers for the operator tests: a real engine over HTTP (see ../exec/engineHarness.ts), fixtures of this folder,
 * and the few calls every test makes (register, start, read a run, complete a worker task by reference).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Harness } from '../exec/engineHarness';

export { startHarness, until, type Harness } from '../exec/engineHarness';

/** The task fields the tests read. */
export interface RunTask {
  taskId: string;
  taskType: string;
  referenceTaskName: string;
  status: string;
  iteration: number;
  inputData: Record<string, unknown>;
  outputData: Record<string, unknown>;
  reasonForIncompletion?: string;
  subWorkflowId?: string;
}

/** The workflow fields the tests read. */
export interface Run {
  workflowId: string;
  status: string;
  correlationId?: string;
  input: Record<string, unknown>;
  output: Record<string, unknown>;
  reasonForIncompletion?: string;
  failedReferenceTaskNames?: string[];
  failedTaskNames?: string[];
  tasks: RunTask[];
}

/** Reads a JSON fixture of `fixtures/`. */
export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}

/** Registers workflow definitions (POST /api/metadata/workflow), asserting success. */
export async function register(h: Harness, ...defs: unknown[]): Promise<void> {
  for (const def of defs) {
    const res = await h.call('POST', '/api/metadata/workflow', def);
    assert.equal(res.status, 200, res.text);
  }
}

/** Starts `name` with `input` (POST /api/workflow) and returns the id. */
export async function start(
  h: Harness,
  name: string,
  input: Record<string, unknown> = {},
  extra = {},
): Promise<string> {
  const res = await h.call('POST', '/api/workflow', { name, input, ...extra });
  assert.equal(res.status, 200, res.text);
  return res.text;
}

/** GET /api/workflow/{id} with its tasks. */
export async function read(h: Harness, id: string): Promise<Run> {
  const res = await h.call('GET', `/api/workflow/${id}`);
  assert.equal(res.status, 200, res.text);
  return res.json as Run;
}

/** The latest task of `ref` in `run`, failing the test when there is none. */
export function taskOf(run: Run, ref: string): RunTask {
  const found = run.tasks.filter((t) => t.referenceTaskName === ref).pop();
  assert.ok(found, `no task ${ref} in ${run.tasks.map((t) => t.referenceTaskName).join(', ')}`);
  return found;
}

/** Completes (or fails) the task of `ref` through POST /api/tasks/{workflowId}/{ref}/{status}. */
export async function finish(h: Harness, id: string, ref: string, status = 'COMPLETED', output = {}): Promise<void> {
  const res = await h.call('POST', `/api/tasks/${id}/${ref}/${status}`, output);
  assert.equal(res.status, 200, res.text);
}
