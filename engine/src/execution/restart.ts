/**
 * Restart and rerun (reference/conductor.md §5.5): both need an ended workflow (409 otherwise) and keep its id.
 * Restart drops every task and starts over (optionally on the latest definition; a COMPLETED non-restartable
 * workflow is a 404). Rerun either starts over with new input, or resets the run from one task id onwards.
 */
import type { RerunWorkflowRequest } from '../../../common/src/model';
import { isSuccessfulTaskStatus, isTerminalTaskStatus, isTerminalWorkflowStatus } from '../../../common/src/status';
import { BadRequestError, ConflictError, NotFoundError } from '../http';
import type { Executor } from './executor';
import { workflowString, type Aggregate, type DecideEnv, type Effects, type TaskModel } from './model';
import { enqueueTask } from './queueing';
import { systemTaskHandler, type TaskContext } from './systemTask';
import { populateFromStore } from './starter';
import { reopenParents } from './subWorkflowRetry';
import { isWorkerTask } from './taskTypes';

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
      throw new ConflictError(`Workflow: ${workflowString(workflow)} is not in terminal state, unable to restart.`);
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
 * Puts a finished task back to work in place (same id): workers are re-queued, system tasks start again (HTTP is
 * re-queued, WAIT recomputes its deadline, a SUB_WORKFLOW gets a fresh child).
 */
export function resetTask(task: TaskModel, context: TaskContext): void {
  const { env, effects } = context;
  task.status = isWorkerTask(task) ? 'SCHEDULED' : 'IN_PROGRESS';
  task.executed = false;
  task.retried = false;
  task.outputData = {};
  task.endTime = 0;
  task.scheduledTime = env.now;
  task.updateTime = env.now;
  task.callbackAfterSeconds = 0;
  delete task.reasonForIncompletion;
  delete task.waitTimeout;
  effects.changedTasks.add(task);
  if (isWorkerTask(task)) return enqueueTask(task, env, effects);
  task.startTime = env.now;
  systemTaskHandler(task.taskType)?.start?.(task, context);
}

/** §5.5 Rerun; returns the workflow id. */
export function rerunWorkflow(executor: Executor, workflowId: string, request: RerunWorkflowRequest): string {
  // updateAndPushParents: a rerun child reopens its parents, as retry and restart do.
  executor.transaction(() => {
    reopenParents(executor, workflowId);
    rerunRun(executor, workflowId, request);
  });
  return workflowId;
}

function rerunRun(executor: Executor, workflowId: string, request: RerunWorkflowRequest): void {
  executor.mutate(workflowId, (aggregate, env, effects) => {
    const { workflow } = aggregate;
    if (!isTerminalWorkflowStatus(workflow.status)) {
      throw new ConflictError(`Workflow: ${workflowString(workflow)} is not in terminal state, unable to rerun.`);
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
