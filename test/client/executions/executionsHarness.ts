/**
 * Shared setup of the Executions view tests: a real engine on 127.0.0.1 with `exec_flow` and its task definitions
 * registered, a way to start it, and the worker's side (completing or failing the pending task of a reference over
 * plain HTTP, reference/conductor.md §3.3).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaskDef, WorkflowDef } from '../../../common/src/model';
import { startEngineClient, type EngineClient } from '../clientHarness';

/** Reads a JSON fixture of `executions/fixtures`. */
export function executionFixture<T>(name: string): T {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as T;
}

/** The absolute path of a fixture of `executions/fixtures`. */
export function fixturePath(name: string): string {
  return join(__dirname, 'fixtures', name);
}

/** An engine with `exec_flow` registered. */
export async function startFlowEngine(): Promise<EngineClient> {
  const h = await startEngineClient();
  await h.client.metadata.registerTaskDefs(executionFixture<TaskDef[]>('exec_tasks.taskdef.json'));
  await h.client.metadata.registerWorkflowDef(executionFixture<WorkflowDef>('exec_flow.workflow.json'));
  return h;
}

/** Starts `exec_flow` and resolves with its id. */
export function startFlow(h: EngineClient, input: Record<string, unknown> = { orderId: 'o-1' }): Promise<string> {
  return h.client.workflows.start({ name: 'exec_flow', version: 1, input });
}

/** Acts as the worker of the pending task `ref`: posts a TaskResult for it (§3.3 `POST /api/tasks`). */
export async function work(
  h: EngineClient,
  workflowId: string,
  ref: string,
  status: 'COMPLETED' | 'FAILED',
  reasonForIncompletion?: string,
): Promise<void> {
  const run = await h.client.workflows.get(workflowId, true);
  const task = run.tasks?.filter((candidate) => candidate.referenceTaskName === ref).at(-1);
  assert.ok(task, `no task ${ref} in ${workflowId}`);
  const response = await fetch(`${h.engine.url}/api/tasks`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      workflowInstanceId: workflowId,
      taskId: task.taskId,
      status,
      outputData: { result: `${ref} done` },
      ...(reasonForIncompletion ? { reasonForIncompletion } : {}),
    }),
  });
  assert.equal(response.status, 200, await response.text());
}
