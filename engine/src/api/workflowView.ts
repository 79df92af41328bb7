/**
 * How runs leave the engine (reference/conductor.md §1.6, §1.8): the Workflow JSON with or without tasks, the
 * WorkflowStatus view, and the request-body helpers the workflow routes share.
 */
import type { Workflow, WorkflowStatusResponse } from '../../../common/src/model';
import type { Executor } from '../execution/executor';
import { toApiTask, type Aggregate } from '../execution/model';
import { BadRequestError, type ApiRequest } from '../http';

/** §1.6 Workflow as `GET /api/workflow/{id}` returns it. */
export function toApiWorkflow(aggregate: Aggregate, includeTasks: boolean): Workflow {
  const workflow: Workflow = { ...aggregate.workflow };
  workflow.startTime = workflow.createTime ?? workflow.startTime;
  if (includeTasks) workflow.tasks = aggregate.tasks.map(toApiTask);
  return workflow;
}

/** Loads and renders one run (404 when unknown); its task rows are read only when they are rendered. */
export function workflowById(executor: Executor, workflowId: string, includeTasks: boolean): Workflow {
  return toApiWorkflow(executor.load(workflowId, includeTasks), includeTasks);
}

/** Loads and renders a run known to exist by id, without failing when it vanished meanwhile. */
export function renderIds(executor: Executor, ids: readonly string[], includeTasks: boolean): Workflow[] {
  return ids.flatMap((id) => {
    const workflow = executor.store.workflows.get(id);
    if (!workflow) return [];
    return [includeTasks ? workflowById(executor, id, true) : { ...workflow, startTime: workflow.createTime }];
  });
}

/** §1.8 WorkflowStatus view of `GET /api/workflow/{id}/status`. */
export function toStatusView(
  workflow: Workflow,
  includeOutput: boolean,
  includeVariables: boolean,
): WorkflowStatusResponse {
  const view: WorkflowStatusResponse = { workflowId: workflow.workflowId, status: workflow.status };
  if (workflow.correlationId !== undefined) view.correlationId = workflow.correlationId;
  if (includeOutput) view.output = workflow.output ?? {};
  if (includeVariables) view.variables = workflow.variables ?? {};
  return view;
}

/** A JSON object body (400 otherwise). */
export function objectBody(request: ApiRequest, what: string): Record<string, unknown> {
  const body = request.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequestError(`The request body must be a JSON object (${what}).`);
  }
  return body as Record<string, unknown>;
}

/** A JSON array of strings body, e.g. workflow ids for the bulk API (400 otherwise). */
export function stringArrayBody(request: ApiRequest, what: string): string[] {
  const body = request.json();
  if (!Array.isArray(body) || body.some((item) => typeof item !== 'string')) {
    throw new BadRequestError(`The request body must be a JSON array of strings (${what}).`);
  }
  return body as string[];
}
