/**
 * Workflow lifecycle routes (reference/conductor.md §3.2, §5.5): pause, resume, skip task, rerun (text id),
 * restart and retry (204), reset callbacks (204). Status codes come from the operations themselves.
 */
import type { RerunWorkflowRequest, SkipTaskRequest } from '../../../common/src/model';
import type { Executor } from '../execution/executor';
import { pauseWorkflow, resetCallbacks, resumeWorkflow } from '../execution/lifecycle';
import { rerunWorkflow, restartWorkflow } from '../execution/restart';
import { retryWorkflow, skipTask } from '../execution/retryWorkflow';
import { empty, noContent, text, type ApiRequest, type Router } from '../http';
import { objectBody } from './workflowView';

/**
 * §3.2: SkipTaskRequest is bound from query parameters (Spring model attribute), never from the body:
 * `taskInput[key]=value` / `taskOutput[key]=value`, or a whole JSON map in `taskInput` / `taskOutput`.
 */
export function skipRequestFromQuery(request: ApiRequest): SkipTaskRequest {
  const skip: SkipTaskRequest = {};
  const entries = request.query.entries();
  for (const field of ['taskInput', 'taskOutput'] as const) {
    const map: Record<string, unknown> = {};
    for (const [key, value] of entries) {
      const match = new RegExp(`^${field}(?:\\[([^\\]]*)\\]|\\.(.+))$`).exec(key);
      if (match) map[match[1] ?? match[2] ?? ''] = value;
      else if (key === field) Object.assign(map, parseMap(value));
    }
    if (Object.keys(map).length > 0) skip[field] = map;
  }
  return skip;
}

function parseMap(value: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Registers the lifecycle routes. */
export function registerWorkflowLifecycleRoutes(router: Router, executor: Executor): void {
  router.route('PUT', '/api/workflow/{workflowId}/pause', (request) => {
    pauseWorkflow(executor, request.param('workflowId'));
    return empty();
  });
  router.route('PUT', '/api/workflow/{workflowId}/resume', (request) => {
    resumeWorkflow(executor, request.param('workflowId'));
    return empty();
  });
  router.route('PUT', '/api/workflow/{workflowId}/skiptask/{taskReferenceName}', (request) => {
    skipTask(executor, request.param('workflowId'), request.param('taskReferenceName'), skipRequestFromQuery(request));
    return empty();
  });
  router.route('POST', '/api/workflow/{workflowId}/rerun', (request) => {
    const body: RerunWorkflowRequest =
      request.optionalJson() === undefined ? {} : objectBody(request, 'a RerunWorkflowRequest');
    return text(rerunWorkflow(executor, request.param('workflowId'), body));
  });
  router.route('POST', '/api/workflow/{workflowId}/restart', (request) => {
    restartWorkflow(executor, request.param('workflowId'), request.query.bool('useLatestDefinitions', false));
    return noContent();
  });
  router.route('POST', '/api/workflow/{workflowId}/retry', (request) => {
    retryWorkflow(executor, request.param('workflowId'), request.query.bool('resumeSubworkflowTasks', false));
    return noContent();
  });
  router.route('POST', '/api/workflow/{workflowId}/resetcallbacks', (request) => {
    resetCallbacks(executor, request.param('workflowId'));
    return noContent();
  });
}
