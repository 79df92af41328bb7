/**
 * Restart and rerun (reference/conductor.md §5.5): both need an ended workflow (409 otherwise) and keep its id.
 * Restart drops every task and starts over (optionally on the latest definition; a COMPLETED non-restartable
 * workflow is a 404). Rerun either starts over with new input, or resets the run from one task id onwards.
 */
import type { RerunWorkflowRequest } from '../../../common/src/model';
import { isSuccessfulTaskStatus, isTerminalTaskStatus, isTerminalWorkflowStatus } from '../../../common/src/status';
import { BadRequestError, ConflictError, NotFoundError } from '../http';
import type { Executor } from './executor';
import {
  workflowString,
  type Aggregate,
  type DecideEnv,
  type Effects,
  type TaskModel,
  type WorkflowModel,
} from './model';
import { populateFromStore } from './starter';
import { reopenParents } from './subWorkflowRetry';
import { resetTask } from './taskReset';

/** Clears the run's outcome and sets it RUNNING again (createTime reset, §5.5). */
function reopen(aggregate: Aggregate, env: DecideEnv, effects: Effects, resetClock: boolean): void {
  const { workflow } = aggregate;
  workflow.status = 'RUNNING';
  workflow.output = {};
  workflow.endTime = 0;
  workflow.failedReferenceTaskNames = [];
  workflow.failedTaskNames = [];
  delete workflow.reasonForIncompletion;
  delete workflow.lastRetriedTime;
  if (resetClock) {
    workflow.createTime = env.now;
    workflow.startTime = env.now;
  }
  effects.workflowChanged = true;
}

function dropTasks(executor: Executor, aggregate: Aggregate, keep: (task: TaskModel) => boolean): void {
  for (const task of aggregate.tasks.filter((t) => !keep(t))) executor.store.tasks.delete(task.taskId);
  aggregate.tasks = aggregate.tasks.filter(keep);
}

/** §5.5 Restart. */
export function restartWorkflow(executor: Executor, workflowId: string, useLatestDefinitions: boolean): void {
  // updateAndPushParents: a restarted child reopens its parents (first, so a child that ends at once finds them open).
  executor.transaction(() => {
    reopenParents(executor, workflowId);
    restartRun(executor, workflowId, useLatestDefinitions);
  });
}

function restartRun(executor: Executor, workflowId: string, useLatestDefinitions: boolean): void {
  executor.mutate(workflowId, (aggregate, env, effects) => {
    const { workflow } = aggregate;
    if (!isTerminalWorkflowStatus(workflow.status)) {
      throw notEnded(workflow, 'restart');
    }
    if (workflow.status === 'COMPLETED' && workflow.workflowDefinition?.restartable === false) {
      throw new NotFoundError(`Workflow: ${workflowString(workflow)} is non-restartable`);
    }
    if (useLatestDefinitions) {
      const latest = executor.store.workflowDefs.get(workflow.workflowName);
      if (latest) {
        workflow.workflowDefinition = populateFromStore(executor, latest);
        workflow.workflowVersion = latest.version ?? 1;
      }
    }
    dropTasks(executor, aggregate, () => false);
    workflow.variables = structuredClone(workflow.workflowDefinition?.variables ?? {});
    reopen(aggregate, env, effects, true);
  });
}

/**
 * §5.5 Rerun; returns the workflow id. A reRunFromTaskId of a task in a sub-workflow (at any depth) reruns that
 * sub-workflow from it (rerunWF searches the children), and the runs above it reopen (updateAndPushParents).
 */
export function rerunWorkflow(executor: Executor, workflowId: string, request: RerunWorkflowRequest): string {
  executor.transaction(() => {
    const owner = request.reRunFromTaskId && descendantOwning(executor, workflowId, request.reRunFromTaskId);
    if (!owner) {
      reopenParents(executor, workflowId);
      return rerunRun(executor, workflowId, request);
    }
    const { workflow } = executor.load(workflowId, false);
    if (!isTerminalWorkflowStatus(workflow.status)) throw notEnded(workflow, 'rerun');
    const { reRunFromTaskId, taskInput } = request;
    rerunWorkflow(executor, owner, taskInput ? { reRunFromTaskId, taskInput } : { reRunFromTaskId });
  });
  return workflowId;
}

/** The id of the sub-workflow (of `workflowId`, at any depth) that holds task `taskId`, if any. */
function descendantOwning(executor: Executor, workflowId: string, taskId: string): string | undefined {
  const owner = executor.store.tasks.get(taskId)?.workflowInstanceId;
  let run = owner === undefined || owner === workflowId ? undefined : executor.store.workflows.get(owner);
  while (run?.parentWorkflowId) {
    if (run.parentWorkflowId === workflowId) return owner;
    run = executor.store.workflows.get(run.parentWorkflowId);
  }
  return undefined;
}

function notEnded(workflow: WorkflowModel, operation: string): ConflictError {
  return new ConflictError(`Workflow: ${workflowString(workflow)} is not in terminal state, unable to ${operation}.`);
}

function rerunRun(executor: Executor, workflowId: string, request: RerunWorkflowRequest): void {
  executor.mutate(workflowId, (aggregate, env, effects) => {
    const { workflow } = aggregate;
    if (!isTerminalWorkflowStatus(workflow.status)) {
      throw notEnded(workflow, 'rerun');
    }
    if (request.correlationId !== undefined) workflow.correlationId = request.correlationId;
    const fromId = request.reRunFromTaskId;
    if (!fromId) {
      dropTasks(executor, aggregate, () => false);
      if (request.workflowInput) workflow.input = request.workflowInput;
      workflow.variables = structuredClone(workflow.workflowDefinition?.variables ?? {});
      return reopen(aggregate, env, effects, true);
    }
    const target = aggregate.tasks.find((t) => t.taskId === fromId);
    if (!target) throw new BadRequestError(`Task ${fromId} not found`);
    dropTasks(executor, aggregate, (t) => t.seq <= target.seq);
    if (request.taskInput) target.inputData = request.taskInput;
    const context = { aggregate, env, effects };
    resetTask(target, context);
    for (const task of aggregate.tasks) {
      if (
        task !== target &&
        !task.retried &&
        isTerminalTaskStatus(task.status) &&
        !isSuccessfulTaskStatus(task.status)
      ) {
        resetTask(task, context);
      }
    }
    reopen(aggregate, env, effects, false);
  });
}
