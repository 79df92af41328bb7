/**
 * Starting a workflow (reference/conductor.md §5.1): resolve the definition (inline, or by name and version —
 * latest when absent), populate task definitions (§2.5), merge the input template (§4.3), persist and decide in
 * one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { StartWorkflowRequest, WorkflowDef } from '../../../common/src/model';
import { mergeWorkflowInput } from '../expressions/inputs';
import { BadRequestError, NotFoundError } from '../http';
import type { Executor } from './executor';
import type { WorkflowModel } from './model';
import { populateTaskDefinitions } from './taskDefaults';

/** Resolves the definition a start request names (§5.1 404 message). */
export function resolveDefinition(executor: Executor, name: string, version: number | undefined): WorkflowDef {
  const def = executor.store.workflowDefs.get(name, version);
  if (!def) throw new NotFoundError(`No such workflow defined. name=${name}, version=${version ?? 'null'}`);
  return def;
}

/**
 * `def` with the registered TaskDefs attached and unversioned sub-workflows pinned to their latest registered
 * version (§2.5), as a run stores it at start and at restart with the latest definitions.
 */
export function populateFromStore(executor: Executor, def: WorkflowDef): WorkflowDef {
  const { taskDefs, workflowDefs } = executor.store;
  const latestVersion = (name: string): number | undefined => {
    const latest = workflowDefs.get(name);
    return latest ? (latest.version ?? 1) : undefined;
  };
  return populateTaskDefinitions(def, (name) => taskDefs.get(name), latestVersion);
}

/** §5.1 a new RUNNING run of `def` (not yet saved). */
export function newRun(executor: Executor, def: WorkflowDef, request: StartWorkflowRequest, id: string): WorkflowModel {
  const now = executor.clock();
  const populated = populateFromStore(executor, def);
  const workflow: WorkflowModel = {
    workflowId: id,
    workflowName: def.name,
    workflowVersion: def.version ?? 1,
    status: 'RUNNING',
    input: mergeWorkflowInput(request.input ?? {}, def.inputTemplate),
    output: {},
    taskToDomain: request.taskToDomain ?? {},
    priority: request.priority ?? 0,
    variables: structuredClone(def.variables ?? {}),
    createTime: now,
    startTime: now,
    updateTime: now,
    endTime: 0,
    workflowDefinition: populated,
    failedReferenceTaskNames: [],
    failedTaskNames: [],
  };
  if (request.correlationId !== undefined) workflow.correlationId = request.correlationId;
  if (request.createdBy !== undefined) workflow.createdBy = request.createdBy;
  if (request.idempotencyKey !== undefined) workflow.idempotencyKey = request.idempotencyKey;
  if (request.externalInputPayloadStoragePath !== undefined) {
    workflow.externalInputPayloadStoragePath = request.externalInputPayloadStoragePath;
  }
  return workflow;
}

/** §1.8 priority bounds with Conductor's messages. */
export function checkPriority(priority: number | undefined): void {
  if (priority === undefined) return;
  if (priority > 99) throw new BadRequestError('99 is the maximum priority value');
  if (priority < 0) throw new BadRequestError('0 is the minimum priority value');
}

/** Where a run comes from, stored on it from its first save: its parent's task, or the event that started it. */
export interface RunOrigin {
  parent?: { workflowId: string; taskId: string };
  /** Conductor's `StartWorkflowInput.event` (`Workflow.event`), set by an event handler's `start_workflow`. */
  event?: string;
}

/** Starts a workflow and returns its id; errors leave nothing behind. */
export function startWorkflow(
  executor: Executor,
  request: StartWorkflowRequest,
  workflowId?: string,
  origin: RunOrigin = {},
): string {
  if (typeof request.name !== 'string' || request.name === '') {
    if (!request.workflowDef) throw new BadRequestError('Workflow name cannot be null or empty');
  }
  checkPriority(request.priority);
  if (request.input === null) throw new BadRequestError('NULL input passed when starting workflow');
  const id = workflowId ?? randomUUID();
  executor.transaction(() => {
    const def = request.workflowDef ?? resolveDefinition(executor, request.name, request.version);
    const workflow = newRun(executor, def, request, id);
    const { parent, event } = origin;
    if (parent) {
      workflow.parentWorkflowId = parent.workflowId;
      workflow.parentWorkflowTaskId = parent.taskId;
    }
    if (event !== undefined) workflow.event = event;
    executor.insertAndDecide({ workflow, tasks: [] });
  });
  return id;
}
