/**
 * Workflow lifecycle operations of reference/conductor.md §5.5 with their status codes: pause (409 when ended),
 * resume (500 unless PAUSED), terminate (409 when COMPLETED, no-op when TERMINATED, no failure workflow),
 * reset callbacks (409 when ended), remove and terminate-remove.
 */
import { isTerminalWorkflowStatus } from '../../../common/src/status';
import { ConflictError, IllegalStateError } from '../http';
import { cancelPending, failWorkflow } from './completion';
import type { Executor } from './executor';
import { workflowShortString } from './model';
import { enqueueTask } from './queueing';
import { isWorkerTask } from './taskTypes';

/** §5.5 Pause: nothing new is scheduled until resumed; running tasks may still report. */
export function pauseWorkflow(executor: Executor, workflowId: string): void {
  executor.mutate(
    workflowId,
    ({ workflow }, _env, effects) => {
      if (isTerminalWorkflowStatus(workflow.status)) {
        throw new ConflictError(`Workflow ${workflowShortString(workflow)} has ended, status cannot be updated.`);
      }
      if (workflow.status === 'PAUSED') return;
      workflow.status = 'PAUSED';
      effects.workflowChanged = true;
    },
    false,
  );
}

/** §5.5 Resume: only from PAUSED (else IllegalState → 500); restarts the workflow-timeout clock. */
export function resumeWorkflow(executor: Executor, workflowId: string): void {
  executor.mutate(workflowId, ({ workflow }, env, effects) => {
    if (workflow.status !== 'PAUSED') {
      throw new IllegalStateError(
        `The workflow ${workflowId} is not PAUSED so cannot resume. Current status is ${workflow.status}`,
      );
    }
    workflow.status = 'RUNNING';
    workflow.lastRetriedTime = env.now;
    effects.workflowChanged = true;
  });
}

/** §5.5 Terminate through the API; returns false when it was already TERMINATED (no-op). */
export function terminateWorkflow(executor: Executor, workflowId: string, reason: string | undefined): boolean {
  return executor.mutate(
    workflowId,
    (aggregate, env, effects) => {
      const status = aggregate.workflow.status;
      if (status === 'COMPLETED') throw new ConflictError(`Cannot terminate a COMPLETED workflow.`);
      if (status === 'TERMINATED') return false;
      failWorkflow(aggregate, env, effects, { status: 'TERMINATED', reason: reason ?? '', fromDecider: false });
      return true;
    },
    false,
  );
}

/** §5.5 Reset callbacks: SCHEDULED worker tasks waiting on callbackAfterSeconds become pollable now. */
export function resetCallbacks(executor: Executor, workflowId: string): void {
  executor.mutate(
    workflowId,
    (aggregate, env, effects) => {
      if (isTerminalWorkflowStatus(aggregate.workflow.status)) {
        throw new ConflictError(`Workflow is in terminal state. Status = ${aggregate.workflow.status}`);
      }
      for (const task of aggregate.tasks) {
        if (task.status !== 'SCHEDULED' || !isWorkerTask(task) || (task.callbackAfterSeconds ?? 0) <= 0) continue;
        task.callbackAfterSeconds = 0;
        effects.changedTasks.add(task);
        enqueueTask(task, env, effects);
      }
    },
    false,
  );
}

/** §3.2 DELETE /{id}/remove: deletes the run with its tasks, logs and queue entries (404 when unknown). */
export function removeWorkflow(executor: Executor, workflowId: string): void {
  executor.transaction(() => {
    executor.load(workflowId);
    executor.store.workflows.delete(workflowId);
    executor.store.queues.removeEverywhere(workflowId);
  });
}

/** §3.2 terminate-remove: terminates a run that has not ended, then removes it. */
export function terminateAndRemove(executor: Executor, workflowId: string, reason: string | undefined): void {
  executor.transaction(() => {
    executor.mutate(
      workflowId,
      (aggregate, env, effects) => {
        if (isTerminalWorkflowStatus(aggregate.workflow.status)) return cancelPending(aggregate, env, effects);
        failWorkflow(aggregate, env, effects, { status: 'TERMINATED', reason: reason ?? '', fromDecider: false });
      },
      false,
    );
    removeWorkflow(executor, workflowId);
  });
}
