/**
 * SUB_WORKFLOW (reference/conductor.md §1.11, §5.9, SubWorkflowTaskMapper + SubWorkflow.java): `subWorkflowParam` is
 * resolved against the run (its inline `workflowDefinition` object is taken as-is, a `${…}` string is resolved), the
 * task input gains Conductor's `subWorkflowName`, `subWorkflowVersion`, `subWorkflowTaskToDomain`,
 * `subWorkflowDefinition`, `priority`, `idempotencyKey`, `idempotencyStrategy` and `workflowInput`, and the child
 * starts with a deterministic id, inheriting correlationId and taskToDomain. The task stays IN_PROGRESS with output
 * `subWorkflowId` until the child ends (`../subWorkflows.ts` completes it).
 */
import { createHash } from 'node:crypto';
import type { StartWorkflowRequest, WorkflowDef } from '../../../../common/src/model';
import { isObject } from '../../expressions/jsonPath';
import { javaToString, resolveValue } from '../../expressions/resolve';
import type { TaskModel } from '../model';
import { registerSystemTask, TerminateWorkflowError, type TaskContext } from '../systemTask';
import { documentOf } from '../taskFactory';

type JsonMap = Record<string, unknown>;

/** Java's UUID.nameUUIDFromBytes("subworkflow:<parent>:<task>:<retry>"): retries of one attempt reuse the id. */
export function subWorkflowId(parentId: string, taskId: string, retryCount: number): string {
  const md5 = createHash('md5').update(`subworkflow:${parentId}:${taskId}:${retryCount}`).digest();
  md5[6] = ((md5[6] ?? 0) & 0x0f) | 0x30;
  md5[8] = ((md5[8] ?? 0) & 0x3f) | 0x80;
  const hex = md5.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The resolved subWorkflowParam fields; an inline definition object is not resolved against the parent. */
function resolvedParams(task: TaskModel, context: TaskContext): JsonMap {
  const params = task.workflowTask?.subWorkflowParam;
  if (!params) {
    const name = task.workflowTask?.name ?? task.referenceTaskName;
    throw new TerminateWorkflowError(
      `Task ${name} is defined as sub-workflow and is missing subWorkflowParams. Please check the workflow definition`,
    );
  }
  const { workflowDefinition, ...rest } = params;
  const inline = typeof workflowDefinition === 'object' ? workflowDefinition : undefined;
  const toResolve: JsonMap = inline ? rest : { ...rest, workflowDefinition };
  const resolved = resolveValue(toResolve, { document: documentOf(context.aggregate) }) as JsonMap;
  if (inline) resolved['workflowDefinition'] = inline;
  return resolved;
}

/** The child's start request from the task input Conductor builds (SubWorkflow.start). */
function childRequest(input: JsonMap, context: TaskContext): StartWorkflowRequest {
  const { workflow } = context.aggregate;
  const def = isObject(input['subWorkflowDefinition'])
    ? (input['subWorkflowDefinition'] as unknown as WorkflowDef)
    : undefined;
  let childInput = isObject(input['workflowInput']) ? input['workflowInput'] : {};
  if (Object.keys(childInput).length === 0) childInput = input;
  // §5.9: an inline definition marks the child as dynamic.
  if (def)
    childInput = {
      ...childInput,
      _systemMetadata: {
        ...(isObject(childInput['_systemMetadata']) ? childInput['_systemMetadata'] : {}),
        dynamic: true,
      },
    };
  const request: StartWorkflowRequest = {
    name: def?.name ?? javaToString(input['subWorkflowName'] ?? ''),
    input: childInput,
    taskToDomain: (isObject(input['subWorkflowTaskToDomain'])
      ? input['subWorkflowTaskToDomain']
      : (workflow.taskToDomain ?? {})) as Record<string, string>,
    priority: typeof input['priority'] === 'number' ? Math.trunc(input['priority']) : (workflow.priority ?? 0),
  };
  const version = input['subWorkflowVersion'];
  if (typeof version === 'number' && version !== 0) request.version = version;
  if (def) request.workflowDef = def;
  if (workflow.correlationId !== undefined) request.correlationId = workflow.correlationId;
  // Passed through as conductor-oss does (SubWorkflow.java: "enforcement is implementation-specific").
  if (input['idempotencyKey'] !== null && input['idempotencyKey'] !== undefined) {
    request.idempotencyKey = javaToString(input['idempotencyKey']);
  }
  const strategy = input['idempotencyStrategy'];
  if (strategy === 'FAIL' || strategy === 'RETURN_EXISTING' || strategy === 'FAIL_ON_RUNNING') {
    request.idempotencyStrategy = strategy;
  }
  return request;
}

function start(task: TaskModel, context: TaskContext): void {
  const params = resolvedParams(task, context);
  const def = params['workflowDefinition'];
  // A task reset by rerun still holds the input built here before; its workflowInput is the original one.
  const own = task.inputData ?? {};
  const base = 'subWorkflowName' in own && isObject(own['workflowInput']) ? own['workflowInput'] : own;
  const input: JsonMap = { ...base };
  Object.assign(input, {
    subWorkflowName: isObject(def) ? def['name'] : (params['name'] ?? null),
    priority: params['priority'] ?? null,
    subWorkflowVersion: isObject(def) ? null : (params['version'] ?? null),
    subWorkflowTaskToDomain: isObject(params['taskToDomain']) ? params['taskToDomain'] : null,
    subWorkflowDefinition: isObject(def) ? def : null,
    idempotencyKey: params['idempotencyKey'] ?? null,
    idempotencyStrategy: params['idempotencyStrategy'] ?? null,
    workflowInput: base,
  });
  task.inputData = input;
  const { workflow } = context.aggregate;
  // A rerun task already had a child: it gets a fresh one (the deterministic id is taken).
  const childId = task.subWorkflowId
    ? context.env.newId()
    : subWorkflowId(workflow.workflowId, task.taskId, task.retryCount ?? 0);
  task.subWorkflowId = childId;
  task.outputData = { subWorkflowId: childId };
  const request = childRequest(input, context);
  context.effects.startWorkflows.push({
    workflowId: childId,
    request,
    parent: { workflowId: workflow.workflowId, taskId: task.taskId },
  });
}

registerSystemTask('SUB_WORKFLOW', { start, execute: () => false });
