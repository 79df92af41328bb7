/**
 * Retry with `resumeSubworkflowTasks=true` (reference/conductor.md §5.5, WorkflowExecutorOps.retry): instead of
 * spawning a new child, the deepest failed sub-workflow under the first unsuccessful task is retried in place, and
 * every parent on the way up is reopened — its SUB_WORKFLOW task back to IN_PROGRESS, the run RUNNING — so the
 * child's completion flows up as usual. Without any unsuccessful task it does nothing, as Conductor.
 */
import { isSuccessfulTaskStatus } from '../../../common/src/status';
import type { Executor } from './executor';
import type { Aggregate, TaskModel } from './model';
import { resetTask } from './taskReset';
import { checkRetryable, reopenRun, retryRun } from './retryWorkflow';
import type { TaskContext } from './systemTask';

/** §1.7: FAILED, FAILED_WITH_TERMINAL_ERROR, TIMED_OUT and CANCELED (each of them terminal). */
const unsuccessful = (task: TaskModel): boolean => !isSuccessfulTaskStatus(task.status);

/** The id of the run to retry: follows failed SUB_WORKFLOW tasks (also inside DO_WHILE loops) down to the deepest. */
function deepestFailed(executor: Executor, aggregate: Aggregate, task: TaskModel): string {
  if (!unsuccessful(task)) return aggregate.workflow.workflowId;
  if (task.taskType === 'DO_WHILE') {
    const inLoop = aggregate.tasks.find((t) => t.taskType === 'SUB_WORKFLOW' && unsuccessful(t));
    return inLoop ? deepestFailed(executor, aggregate, inLoop) : aggregate.workflow.workflowId;
  }
  if (task.taskType !== 'SUB_WORKFLOW' || !task.subWorkflowId) return aggregate.workflow.workflowId;
  if (!executor.store.workflows.get(task.subWorkflowId)) return aggregate.workflow.workflowId;
  const child = executor.load(task.subWorkflowId);
  const failed = child.tasks.find(unsuccessful);
  return failed ? deepestFailed(executor, child, failed) : aggregate.workflow.workflowId;
}

/**
 * updateAndPushParents: the reopened parent's CANCELED tasks (e.g. the other fork lanes and the JOIN canceled when the
 * child failed) go back to work — a JOIN or DO_WHILE in place, any other task as its next attempt in place.
 */
function reopenCanceled(context: TaskContext): void {
  for (const task of context.aggregate.tasks) {
    if (task.status !== 'CANCELED' || task.retried) continue;
    if (task.taskType === 'JOIN' || task.taskType === 'DO_WHILE') {
      Object.assign(task, { status: 'IN_PROGRESS', executed: false, endTime: 0 });
      delete task.reasonForIncompletion;
      context.effects.changedTasks.add(task);
      continue;
    }
    Object.assign(task, { retryCount: (task.retryCount ?? 0) + 1, pollCount: 0, startTime: 0 });
    delete task.workerId;
    resetTask(task, context);
  }
}

/**
 * Reopens the parents of `childId`, innermost first, stopping at an optional or superseded SUB_WORKFLOW task
 * (§5.5: retry, restart and rerun of a child all do this, WorkflowExecutorOps.updateAndPushParents).
 */
export function reopenParents(executor: Executor, childId: string): void {
  let child = executor.store.workflows.get(childId);
  while (child?.parentWorkflowId && child.parentWorkflowTaskId) {
    const taskId = child.parentWorkflowTaskId;
    const reopened = executor.mutate(child.parentWorkflowId, (aggregate, env, effects) => {
      const task = aggregate.tasks.find((t) => t.taskId === taskId);
      if (!task || task.workflowTask?.optional || task.retried) return false;
      Object.assign(task, { status: 'IN_PROGRESS', executed: false, endTime: 0, updateTime: env.now });
      delete task.reasonForIncompletion;
      effects.changedTasks.add(task);
      reopenCanceled({ aggregate, env, effects });
      reopenRun(aggregate, env.now);
      Object.assign(aggregate.workflow, { failedReferenceTaskNames: [], failedTaskNames: [] });
      effects.workflowChanged = true;
      return true;
    });
    if (!reopened) return;
    child = executor.store.workflows.get(child.parentWorkflowId);
  }
}

/** §5.5 retry with resumeSubworkflowTasks, in one transaction. */
export function resumeSubworkflow(executor: Executor, workflowId: string): void {
  executor.transaction(() => {
    const aggregate = executor.load(workflowId);
    checkRetryable(aggregate);
    const first = aggregate.tasks.find(unsuccessful);
    if (!first) return;
    const target = deepestFailed(executor, aggregate, first);
    // Parents first: a child that completes during its retry must find its SUB_WORKFLOW task open.
    reopenParents(executor, target);
    retryRun(executor, target);
  });
}
