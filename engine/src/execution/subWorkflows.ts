/**
 * The executor hooks that link parent and child runs (reference/conductor.md §5.5, §5.9): starting requested
 * workflows (failure workflows, sub-workflows — a child that cannot start fails its parent task), terminating the
 * child of a canceled SUB_WORKFLOW task, and completing the parent task when a child ends
 * (COMPLETED→COMPLETED, FAILED→FAILED, TERMINATED→CANCELED, TIMED_OUT→TIMED_OUT, output = child output +
 * `subWorkflowId`).
 */
import type { TaskStatus, WorkflowStatus } from '../../../common/src/status';
import { isTerminalTaskStatus, isTerminalWorkflowStatus } from '../../../common/src/status';
import type { Executor } from './executor';
import { terminateWorkflow } from './lifecycle';
import { workflowShortString, type WorkflowModel, type WorkflowStart } from './model';
import { startWorkflow } from './starter';

const CHILD_TO_TASK: Record<WorkflowStatus, TaskStatus> = {
  COMPLETED: 'COMPLETED',
  FAILED: 'FAILED',
  TERMINATED: 'CANCELED',
  TIMED_OUT: 'TIMED_OUT',
  RUNNING: 'IN_PROGRESS',
  PAUSED: 'IN_PROGRESS',
};

/**
 * §5.9 SubWorkflow.updateTaskStatus: an unsuccessful child gives its task "Sub workflow <name>.<version>/<id> failure
 * reason: <child reason>" (WorkflowModel.toShortString; Java prints a missing reason as "null").
 */
function childFailureReason(child: WorkflowModel): string | undefined {
  if (!isTerminalWorkflowStatus(child.status) || child.status === 'COMPLETED') return undefined;
  return `Sub workflow ${workflowShortString(child)} failure reason: ${child.reasonForIncompletion ?? 'null'}`;
}

/** Ends the parent's task with `status`, `reason` and `output`, then decides the parent. */
function finishParentTask(
  executor: Executor,
  parent: { workflowId: string; taskId: string },
  outcome: { status: TaskStatus; reason?: string | undefined; output: Record<string, unknown> },
): void {
  executor.mutate(parent.workflowId, (aggregate, env, effects) => {
    const task = aggregate.tasks.find((t) => t.taskId === parent.taskId);
    if (!task || isTerminalTaskStatus(task.status) || isTerminalWorkflowStatus(aggregate.workflow.status)) return;
    task.status = outcome.status;
    task.outputData = outcome.output;
    task.endTime = env.now;
    task.updateTime = env.now;
    if (outcome.reason) task.reasonForIncompletion = outcome.reason;
    effects.changedTasks.add(task);
  });
}

/** WorkflowExecutorOps: the failed run's output says why its failure workflow did not start, instead of an id. */
function failureNotStarted(
  executor: Executor,
  failedId: string | undefined,
  name: string,
  reason: string,
  log: (message: string) => void,
): void {
  log(`Could not start failure workflow ${name}: ${reason}`);
  const failed =
    failedId === undefined ? undefined : (executor.store.workflows.get(failedId) as WorkflowModel | undefined);
  if (!failed) return;
  const note = `Error workflow ${name} failed to start.  reason: ${reason}`;
  executor.store.workflows.put({ ...failed, output: { ...(failed.output ?? {}), 'conductor.failure_workflow': note } });
}

/** Installs the hooks on `executor`; `log` receives what cannot be reported anywhere else. */
export function linkWorkflows(executor: Executor, log: (message: string) => void): void {
  executor.startWorkflow = ({ workflowId, request, parent, failureOf }: WorkflowStart) => {
    try {
      startWorkflow(executor, request, workflowId, parent ? { parent } : {});
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // §5.5: a failure workflow that cannot start is noted in the failed run's output; a child fails its task.
      if (!parent) return failureNotStarted(executor, failureOf, request.name, reason, log);
      finishParentTask(executor, parent, { status: 'FAILED', reason, output: { subWorkflowId: workflowId } });
    }
  };
  executor.terminateWorkflow = (workflowId, reason) => {
    try {
      terminateWorkflow(executor, workflowId, reason);
    } catch (error) {
      log(`Could not terminate child workflow ${workflowId}: ${String(error)}`);
    }
  };
  executor.notifyParent = (child: WorkflowModel) => {
    if (!child.parentWorkflowId || !child.parentWorkflowTaskId) return;
    const parent = { workflowId: child.parentWorkflowId, taskId: child.parentWorkflowTaskId };
    const output = { ...(child.output ?? {}), subWorkflowId: child.workflowId };
    const outcome = { status: CHILD_TO_TASK[child.status], reason: childFailureReason(child), output };
    if (!executor.store.workflows.get(parent.workflowId)) return;
    finishParentTask(executor, parent, outcome);
  };
}
