/**
 * Retry of an ended workflow and skipping a task (reference/conductor.md §5.5). Retry: still running → 404, no
 * tasks → 409, nothing retryable (and not TIMED_OUT) → 409; each reference's last unsuccessful task gets a new
 * attempt, a JOIN, DO_WHILE or EXCLUSIVE_JOIN is reopened in place (retryInPlace.ts). Skip: IllegalState (500) unless RUNNING, the reference exists
 * in the definition and has not been scheduled yet.
 */
import type { SkipTaskRequest } from '../../../common/src/model';
import { isSuccessfulTaskStatus, isTerminalWorkflowStatus } from '../../../common/src/status';
import { ConflictError, IllegalStateError, NotFoundError } from '../http';
import type { Executor } from './executor';
import { findTask } from './graph';
import type { Aggregate, TaskModel } from './model';
import { newAttempt } from './retry';
import { IN_PLACE, reopenInPlace } from './retryInPlace';
import { scheduleTasks } from './scheduling';
import { reopenParents, resumeSubworkflow } from './subWorkflowRetry';

/** The last task of every reference whose outcome calls for a retry (§1.7 unsuccessful: all of them terminal). */
function retryable(aggregate: Aggregate): TaskModel[] {
  const latest = new Map<string, TaskModel>();
  for (const task of aggregate.tasks) latest.set(task.referenceTaskName, task);
  return [...latest.values()].filter((task) => !isSuccessfulTaskStatus(task.status));
}

/** §5.5 retry preconditions: ended (404 while running) and started (409). */
export function checkRetryable(aggregate: Aggregate): void {
  const { workflow } = aggregate;
  if (!isTerminalWorkflowStatus(workflow.status)) {
    throw new NotFoundError(`Workflow is still running.  status=${workflow.status}`);
  }
  if (aggregate.tasks.length === 0) throw new ConflictError('Workflow has not started yet');
}

/**
 * §5.5 Retry. With `resumeSubworkflowTasks` the deepest failed sub-workflow is retried instead and its parents are
 * reopened (see subWorkflowRetry.ts).
 */
export function retryWorkflow(executor: Executor, workflowId: string, resumeSubworkflowTasks = false): void {
  if (resumeSubworkflowTasks) return resumeSubworkflow(executor, workflowId);
  // updateAndPushParents: a retried child reopens its parents too (first, so a child that ends at once finds them open).
  executor.transaction(() => {
    reopenParents(executor, workflowId);
    retryRun(executor, workflowId);
  });
}

/** §5.5 retry of one run: a new attempt for each reference's last unsuccessful task; a JOIN/DO_WHILE in place. */
export function retryRun(executor: Executor, workflowId: string): void {
  executor.mutate(workflowId, (aggregate, env, effects) => {
    const { workflow } = aggregate;
    checkRetryable(aggregate);
    const failed = retryable(aggregate);
    if (failed.length === 0 && workflow.status !== 'TIMED_OUT') {
      throw new ConflictError(
        'There are no retryable tasks! Use restart if you want to attempt entire workflow execution again.',
      );
    }
    const context = { aggregate, env, effects };
    for (const task of failed) {
      if (IN_PLACE.has(task.taskType)) {
        reopenInPlace(task, aggregate);
        effects.changedTasks.add(task);
        continue;
      }
      effects.changedTasks.add(task);
      const attempt = newAttempt(aggregate, task, env);
      // taskToBeRescheduled: a workflow retry runs the attempt at once, with no reason yet.
      Object.assign(attempt, { callbackAfterSeconds: 0, startDelayInSeconds: task.startDelayInSeconds ?? 0 });
      delete attempt.reasonForIncompletion;
      scheduleTasks([attempt], context);
    }
    reopenRun(aggregate, env.now);
    effects.workflowChanged = true;
  });
}

/** Sets an ended run RUNNING again (§5.5: lastRetriedTime restarts the workflow-timeout clock). */
export function reopenRun(aggregate: Aggregate, now: number): void {
  const { workflow } = aggregate;
  workflow.status = 'RUNNING';
  workflow.lastRetriedTime = now;
  workflow.endTime = 0;
  delete workflow.reasonForIncompletion;
}

/** §5.5 Skip a task that has not been scheduled yet: adds it as SKIPPED with the given input/output. */
export function skipTask(executor: Executor, workflowId: string, ref: string, request: SkipTaskRequest): void {
  executor.mutate(workflowId, (aggregate, env, effects) => {
    const { workflow } = aggregate;
    if (workflow.status !== 'RUNNING') {
      throw new IllegalStateError(
        `The workflow ${workflowId} is not running so the task referenced by ${ref} cannot be skipped`,
      );
    }
    const wfTask = workflow.workflowDefinition ? findTask(workflow.workflowDefinition, ref) : undefined;
    if (!wfTask) {
      throw new IllegalStateError(
        `The task referenced by ${ref} does not exist in the WorkflowDefinition ${workflow.workflowName}`,
      );
    }
    if (aggregate.tasks.some((t) => t.referenceTaskName === ref)) {
      throw new IllegalStateError(`The task referenced ${ref} has already been processed, cannot be skipped`);
    }
    const task: TaskModel = {
      taskId: env.newId(),
      taskType: wfTask.name,
      taskDefName: wfTask.name,
      referenceTaskName: ref,
      workflowInstanceId: workflowId,
      workflowType: workflow.workflowName,
      correlationId: workflow.correlationId,
      status: 'SKIPPED',
      seq: (aggregate.tasks[aggregate.tasks.length - 1]?.seq ?? 0) + 1,
      inputData: request.taskInput ?? {},
      outputData: request.taskOutput ?? {},
      scheduledTime: env.now,
      startTime: env.now,
      endTime: env.now,
      updateTime: env.now,
      retryCount: 0,
      workflowTask: wfTask,
      executed: true,
    };
    aggregate.tasks.push(task);
    effects.changedTasks.add(task);
  });
}
