/**
 * Ending a run (reference/conductor.md §4.3 output, §5.2 step 5, §5.5 failureWorkflow): the workflow output,
 * successful completion, and unsuccessful ends that cancel leftovers and may start the failure workflow.
 */
import type { WorkflowStatus } from '../../../common/src/status';
import { isSuccessfulTaskStatus, isTerminalTaskStatus } from '../../../common/src/status';
import { javaToString, resolveValue } from '../expressions/resolve';
import { toApiTask, type Aggregate, type DecideEnv, type Effects, type TaskModel } from './model';
import { queueNameForTask } from './queueing';
import { documentOf } from './taskFactory';

/** §4.3: a successful TERMINATE's output, else the resolved outputParameters, else the last task's output. */
export function workflowOutput(aggregate: Aggregate): Record<string, unknown> {
  const terminate = aggregate.tasks.find((t) => t.taskType === 'TERMINATE' && t.status === 'COMPLETED');
  if (terminate) return terminate.outputData ?? {};
  const params = aggregate.workflow.workflowDefinition?.outputParameters ?? {};
  if (Object.keys(params).length > 0) {
    return resolveValue(params, { document: documentOf(aggregate) }) as Record<string, unknown>;
  }
  return aggregate.tasks[aggregate.tasks.length - 1]?.outputData ?? {};
}

/** Cancels every non-terminal task and takes it off its queue (§5.5 terminate). */
export function cancelPending(aggregate: Aggregate, env: DecideEnv, effects: Effects): void {
  for (const task of aggregate.tasks) {
    if (isTerminalTaskStatus(task.status)) continue;
    task.status = 'CANCELED';
    task.endTime = env.now;
    task.updateTime = env.now;
    effects.changedTasks.add(task);
    effects.dequeue.push({ queueName: queueNameForTask(task), taskId: task.taskId });
    // §5.9: cancelling the parent terminates the child.
    if (task.taskType === 'SUB_WORKFLOW' && task.subWorkflowId) {
      effects.terminateWorkflows.push({
        workflowId: task.subWorkflowId,
        reason: 'Parent workflow has been terminated',
      });
    }
  }
}

/**
 * completeWorkflow and terminateWorkflow (WorkflowExecutorOps) add the FAILED and FAILED_WITH_TERMINAL_ERROR tasks
 * (also earlier attempts of a task that later succeeded; not TIMED_OUT or CANCELED ones) to the run's failed names.
 */
function recordFailedTasks(aggregate: Aggregate): void {
  const { workflow } = aggregate;
  const failed = aggregate.tasks.filter((t) => t.status === 'FAILED' || t.status === 'FAILED_WITH_TERMINAL_ERROR');
  const refs = [...(workflow.failedReferenceTaskNames ?? []), ...failed.map((t) => t.referenceTaskName)];
  const names = [...(workflow.failedTaskNames ?? []), ...failed.map((t) => t.taskDefName ?? t.taskType)];
  workflow.failedReferenceTaskNames = [...new Set(refs)];
  workflow.failedTaskNames = [...new Set(names)];
}

function finish(aggregate: Aggregate, env: DecideEnv, effects: Effects, status: WorkflowStatus): void {
  const { workflow } = aggregate;
  recordFailedTasks(aggregate);
  workflow.status = status;
  workflow.endTime = env.now;
  workflow.updateTime = env.now;
  workflow.output = workflowOutput(aggregate);
  effects.workflowChanged = true;
  effects.wakeAt = undefined;
}

/** §5.2 step 5: COMPLETED with its output; leftovers (e.g. other fork lanes after TERMINATE) are canceled. */
export function completeWorkflow(aggregate: Aggregate, env: DecideEnv, effects: Effects): void {
  cancelPending(aggregate, env, effects);
  delete aggregate.workflow.reasonForIncompletion;
  finish(aggregate, env, effects, 'COMPLETED');
}

/**
 * Ends the run unsuccessfully with `status` and `reason`. `fromDecider` starts the failure workflow (only decider
 * failures and TERMINATE do; the terminate API does not, §5.5).
 */
export function failWorkflow(
  aggregate: Aggregate,
  env: DecideEnv,
  effects: Effects,
  failure: { status: WorkflowStatus; reason: string; task?: TaskModel | undefined; fromDecider: boolean },
): void {
  const { workflow } = aggregate;
  cancelPending(aggregate, env, effects);
  workflow.reasonForIncompletion = failure.reason;
  finish(aggregate, env, effects, failure.status);
  if (failure.fromDecider) startFailureWorkflow(aggregate, env, effects, failure);
}

/** §1.2 failureWorkflow, also in its legacy `$workflow.input.key` form. */
function failureWorkflowName(aggregate: Aggregate): string | undefined {
  const name = aggregate.workflow.workflowDefinition?.failureWorkflow;
  if (!name) return undefined;
  if (!name.startsWith('$')) return name;
  const key = name.split('.')[2];
  const value = key ? aggregate.workflow.input?.[key] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function startFailureWorkflow(
  aggregate: Aggregate,
  env: DecideEnv,
  effects: Effects,
  failure: { status: WorkflowStatus; reason: string; task?: TaskModel | undefined },
): void {
  const { workflow } = aggregate;
  const name = failureWorkflowName(aggregate);
  if (!name) return;
  const input: Record<string, unknown> = {
    ...(workflow.input ?? {}),
    workflowId: workflow.workflowId,
    reason: failure.reason,
    failureStatus: failure.status,
    failedWorkflow: { ...workflow, tasks: aggregate.tasks.map(toApiTask) },
  };
  if (failure.task) input['failureTaskId'] = failure.task.taskId;
  const workflowId = env.newId();
  const request = { name, input, correlationId: workflow.correlationId, taskToDomain: workflow.taskToDomain };
  const version = workflow.workflowDefinition?.failureWorkflowVersion;
  const start = { workflowId, failureOf: workflow.workflowId };
  effects.startWorkflows.push({ ...start, request: version === undefined ? request : { ...request, version } });
  workflow.output = { ...(workflow.output ?? {}), 'conductor.failure_workflow': workflowId };
}

/** §5.2 step 5: completes the run, or fails it when permissive tasks failed along the way. */
export function finishRun(aggregate: Aggregate, env: DecideEnv, effects: Effects): void {
  const failed = aggregate.tasks.filter(
    (t) => !t.retried && !isSuccessfulTaskStatus(t.status) && t.workflowTask?.permissive && !t.workflowTask.optional,
  );
  if (failed.length === 0) return completeWorkflow(aggregate, env, effects);
  const reason = failed
    .map((t) => `Task ${t.taskId} failed with status: ${t.status} and reason: '${t.reasonForIncompletion ?? 'null'}'`)
    .join('. ');
  failWorkflow(aggregate, env, effects, { status: 'FAILED', reason, task: failed[0], fromDecider: true });
}

/**
 * §1.11 TERMINATE finished: the run ends with its terminationStatus and terminationReason — a blank reason becomes
 * "Workflow is <status> by TERMINATE task: <taskId>", and a COMPLETED run keeps it too (WorkflowExecutorOps.endExecution).
 */
export function endByTerminate(task: TaskModel, aggregate: Aggregate, env: DecideEnv, effects: Effects): void {
  const status = javaToString(task.inputData?.['terminationStatus']) as WorkflowStatus;
  const given = task.inputData?.['terminationReason'];
  const blank = given === undefined || given === null || javaToString(given).trim() === '';
  const reason = blank ? `Workflow is ${status} by TERMINATE task: ${task.taskId}` : javaToString(given);
  if (status !== 'COMPLETED') return failWorkflow(aggregate, env, effects, { status, reason, task, fromDecider: true });
  completeWorkflow(aggregate, env, effects);
  aggregate.workflow.reasonForIncompletion = reason;
}
