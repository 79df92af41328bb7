/**
 * Search routes (reference/conductor.md §3.2, §3.3): `/api/workflow/search` (WorkflowSummary), `/search-v2`
 * (Workflow), the same pair for `/search-by-tasks` (see workflowSearch.ts), and for tasks (TaskSummary / Task).
 * Summaries carry string times and JSON-string input/output as Conductor's do (§1.8).
 */
import type { Task, TaskSummary, Workflow, WorkflowSummary } from '../../../common/src/model';
import type { Executor } from '../execution/executor';
import { toApiTask, type TaskModel } from '../execution/model';
import { json, type ApiRequest, type Router } from '../http';
import type { SearchPage } from '../store';
import { parseSearch } from './searchQuery';
import { searchWorkflows, searchWorkflowsByTasks, TASK_FIELDS } from './workflowSearch';

function time(ms: number | undefined): string | undefined {
  return ms ? new Date(ms).toISOString() : undefined;
}

/** §1.8 WorkflowSummary of a run. */
export function toWorkflowSummary(workflow: Workflow): WorkflowSummary {
  const start = workflow.createTime ?? workflow.startTime ?? 0;
  const summary: WorkflowSummary = {
    workflowType: workflow.workflowName ?? '',
    version: workflow.workflowVersion ?? 1,
    workflowId: workflow.workflowId,
    status: workflow.status,
    input: JSON.stringify(workflow.input ?? {}),
    output: JSON.stringify(workflow.output ?? {}),
    executionTime: workflow.endTime ? workflow.endTime - start : 0,
    failedReferenceTaskNames: (workflow.failedReferenceTaskNames ?? []).join(','),
    failedTaskNames: workflow.failedTaskNames ?? [],
    priority: workflow.priority ?? 0,
    parentWorkflowId: workflow.parentWorkflowId ?? '',
    taskToDomain: workflow.taskToDomain ?? {},
  };
  const optional = {
    correlationId: workflow.correlationId,
    startTime: time(start),
    updateTime: time(workflow.updateTime),
    endTime: time(workflow.endTime),
    reasonForIncompletion: workflow.reasonForIncompletion,
    event: workflow.event,
    createdBy: workflow.createdBy,
    idempotencyKey: workflow.idempotencyKey,
  };
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) Object.assign(summary, { [key]: value });
  return summary;
}

/** §1.8 TaskSummary of a task. */
export function toTaskSummary(task: Task): TaskSummary {
  const summary: TaskSummary = {
    workflowId: task.workflowInstanceId,
    status: task.status,
    taskType: task.taskType,
    taskId: task.taskId,
    taskDefName: task.taskDefName ?? task.taskType,
    input: JSON.stringify(task.inputData ?? {}),
    output: JSON.stringify(task.outputData ?? {}),
    executionTime: task.endTime && task.startTime ? task.endTime - task.startTime : 0,
    queueWaitTime: task.startTime && task.scheduledTime ? task.startTime - task.scheduledTime : 0,
    workflowPriority: task.workflowPriority ?? 0,
  };
  const optional = {
    workflowType: task.workflowType,
    correlationId: task.correlationId,
    scheduledTime: time(task.scheduledTime),
    startTime: time(task.startTime),
    updateTime: time(task.updateTime),
    endTime: time(task.endTime),
    reasonForIncompletion: task.reasonForIncompletion,
    domain: task.domain,
  };
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) Object.assign(summary, { [key]: value });
  return summary;
}

/** Registers a workflow search as `path` (WorkflowSummary results) and `path-v2` (Workflow results). */
function registerWorkflowPair(router: Router, path: string, search: (request: ApiRequest) => SearchPage<Workflow>) {
  router.route('GET', path, (request) => {
    const page = search(request);
    return json({ totalHits: page.totalHits, results: page.results.map(toWorkflowSummary) });
  });
  router.route('GET', `${path}-v2`, (request) => {
    const page = search(request);
    return json({ totalHits: page.totalHits, results: page.results.map((w) => ({ ...w, startTime: w.createTime })) });
  });
}

/** Registers workflow and task search. */
export function registerSearchRoutes(router: Router, executor: Executor): void {
  registerWorkflowPair(router, '/api/workflow/search', (request) => searchWorkflows(executor, request));
  registerWorkflowPair(router, '/api/workflow/search-by-tasks', (request) => searchWorkflowsByTasks(executor, request));
  const searchTasks = (request: ApiRequest) =>
    executor.store.tasks.search(parseSearch(request, { fields: TASK_FIELDS }));
  router.route('GET', '/api/tasks/search', (request) => {
    const page = searchTasks(request);
    return json({ totalHits: page.totalHits, results: page.results.map(toTaskSummary) });
  });
  router.route('GET', '/api/tasks/search-v2', (request) => {
    const page = searchTasks(request);
    return json({ totalHits: page.totalHits, results: page.results.map((t) => toApiTask(t as TaskModel)) });
  });
}
