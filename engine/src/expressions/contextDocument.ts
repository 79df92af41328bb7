/**
 * Builds the document `${…}` expressions are read from (reference/conductor.md §4.1): `workflow` with the run's
 * public fields, and one entry per task reference holding that reference's latest task (last retry; loop
 * iterations `ref__N` are keyed without the suffix, so the latest iteration wins).
 */

/** The workflow fields the document exposes; structural so the engine's runtime Workflow fits. */
export interface DocumentWorkflow {
  workflowId: string;
  input?: Record<string, unknown>;
  output?: Record<string, unknown>;
  status: string;
  parentWorkflowId?: string;
  parentWorkflowTaskId?: string;
  workflowName?: string;
  workflowVersion?: number;
  correlationId?: string;
  reasonForIncompletion?: string;
  variables?: Record<string, unknown>;
  workflowDefinition?: { schemaVersion?: number };
}

/** The task fields the document exposes (§4.1). */
export interface DocumentTask {
  referenceTaskName: string;
  inputData?: Record<string, unknown>;
  outputData?: Record<string, unknown>;
  taskType: string;
  status: string;
  retryCount?: number;
  correlationId?: string;
  pollCount?: number;
  taskDefName?: string;
  scheduledTime?: number;
  startTime?: number;
  endTime?: number;
  workflowInstanceId?: string;
  taskId: string;
  reasonForIncompletion?: string;
  callbackAfterSeconds?: number;
  workerId?: string;
  iteration?: number;
}

/** Strips a loop iteration suffix (`ref__2` → `ref`), as Conductor's removeIterationFromTaskRefName does. */
export function baseRef(ref: string): string {
  const at = ref.lastIndexOf('__');
  return at > 0 && /^\d+$/.test(ref.slice(at + 2)) ? ref.slice(0, at) : ref;
}

/**
 * The reference of `task` without its loop suffix — only for a task inside a DO_WHILE (iteration > 0), as Conductor
 * strips it only when `isLoopOverTask()`: a reference such as `step__1` outside a loop is the task's own name.
 */
export function loopBaseRef(task: { referenceTaskName: string; iteration?: number }): string {
  return (task.iteration ?? 0) > 0 ? baseRef(task.referenceTaskName) : task.referenceTaskName;
}

/** Builds the §4.1 document; tasks must be in execution order (seq) so later attempts win. */
export function buildDocument(workflow: DocumentWorkflow, tasks: readonly DocumentTask[]): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  for (const task of tasks) document[loopBaseRef(task)] = taskEntry(task);
  document.workflow = {
    input: workflow.input ?? {},
    output: workflow.output ?? {},
    status: workflow.status,
    workflowId: workflow.workflowId,
    parentWorkflowId: workflow.parentWorkflowId ?? null,
    parentWorkflowTaskId: workflow.parentWorkflowTaskId ?? null,
    workflowType: workflow.workflowName ?? null,
    version: workflow.workflowVersion ?? null,
    correlationId: workflow.correlationId ?? null,
    reasonForIncompletion: workflow.reasonForIncompletion ?? null,
    schemaVersion: workflow.workflowDefinition?.schemaVersion ?? 2,
    variables: workflow.variables ?? {},
  };
  return document;
}

function taskEntry(task: DocumentTask): Record<string, unknown> {
  return {
    input: task.inputData ?? {},
    output: task.outputData ?? {},
    taskType: task.taskType,
    status: task.status,
    referenceTaskName: task.referenceTaskName,
    retryCount: task.retryCount ?? 0,
    correlationId: task.correlationId ?? null,
    pollCount: task.pollCount ?? 0,
    taskDefName: task.taskDefName ?? task.taskType,
    scheduledTime: task.scheduledTime ?? 0,
    startTime: task.startTime ?? 0,
    endTime: task.endTime ?? 0,
    workflowInstanceId: task.workflowInstanceId ?? null,
    taskId: task.taskId,
    reasonForIncompletion: task.reasonForIncompletion ?? null,
    callbackAfterSeconds: task.callbackAfterSeconds ?? 0,
    workerId: task.workerId ?? null,
    iteration: task.iteration ?? 0,
  };
}
