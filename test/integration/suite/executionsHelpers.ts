/**
 * Shared steps of the Executions suites: connect to the Local profile and register the `executions/` fixtures, read
 * what the Executions view lists (through its own commands, as a user sees it), assert an execution's status on the
 * engine and in the view, and act as a real worker over the task API.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Task, TaskDef, WorkflowDef } from '../../../common/src/model';
import type { WorkflowStatus } from '../../../common/src/status';
import type { ConductorClient } from '../../../client/src/api';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import type { ExecutionNode } from '../../../client/src/views/executions/executionNode';
import type { ExecutionsTreeNode } from '../../../client/src/views/executions/executionsTree';
import { activateExtension, workspaceUri } from './helpers';

/** The workflow file the suites start. */
export const demoFile = 'executions/exec_demo.workflow.json';

/** The extension's API and a client on the Local engine. */
export interface SuiteServer {
  readonly api: ConductorExtensionApi;
  readonly client: ConductorClient;
  /** The engine's URL without `/api`. */
  readonly baseUrl: string;
}

/** Activates the extension, connects to Local and registers `exec_demo` with its task definitions. */
export async function connectAndRegister(): Promise<SuiteServer> {
  const api = (await activateExtension()).exports as ConductorExtensionApi;
  const { client, profile } = await api.connections.connect();
  await client.metadata.registerTaskDefs(await readJson<TaskDef[]>('executions/exec_demo_tasks.taskdef.json'));
  await client.metadata.registerWorkflowDef(await readJson<WorkflowDef>(demoFile), true);
  return { api, client, baseUrl: profile.baseUrl.replace(/\/api\/?$/, '') };
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(path)))) as T;
}

/** What the Executions view lists at its top level after a refresh. */
export function listed(): Thenable<ExecutionsTreeNode[]> {
  return vscode.commands.executeCommand<ExecutionsTreeNode[]>('conductor.refreshExecutions');
}

/** The execution's node in the Executions view (through `conductor.revealExecution`, as "Show Execution" does). */
export async function nodeOf(workflowId: string): Promise<ExecutionNode> {
  const node = await vscode.commands.executeCommand<ExecutionNode | undefined>('conductor.revealExecution', workflowId);
  assert.ok(node, `execution ${workflowId} is not in the Executions view`);
  return node;
}

/** Asserts the engine's status and the view node's contextValue (which selects the menus); returns the node. */
export async function expectStatus(
  server: SuiteServer,
  workflowId: string,
  status: WorkflowStatus,
): Promise<ExecutionNode> {
  assert.equal((await server.client.workflows.get(workflowId, false)).status, status);
  const node = await nodeOf(workflowId);
  assert.equal(node.contextValue, `execution.${status}`);
  return node;
}

/** A real worker: long-polls one task of `taskType` (§3.3 batch poll) and reports `status` for it. */
export async function work(
  server: SuiteServer,
  taskType: string,
  workflowId: string,
  status: 'COMPLETED' | 'FAILED',
): Promise<Task> {
  const url = `${server.baseUrl}/api/tasks/poll/batch/${taskType}?count=1&timeout=5000&workerid=suite`;
  const [task] = (await (await fetch(url)).json()) as Task[];
  assert.ok(task, `no ${taskType} task was scheduled within 5 s`);
  assert.equal(task.workflowInstanceId, workflowId, 'the worker got a task of another execution');
  const reason = status === 'FAILED' ? { reasonForIncompletion: 'worker said no' } : {};
  const update = await fetch(`${server.baseUrl}/api/tasks`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      workflowInstanceId: workflowId,
      taskId: task.taskId,
      status,
      outputData: { prepared: 'yes' },
      ...reason,
    }),
  });
  assert.equal(update.status, 200, await update.text());
  return task;
}
