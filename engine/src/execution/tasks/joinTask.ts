/**
 * JOIN (reference/conductor.md §5.7): waits for the latest task of every `joinOn` reference. Output maps each
 * reference to its task's output. A non-optional unsuccessful joined task fails the JOIN (CANCELED when every
 * failure is a cancellation), unless it is permissive and other joined tasks are still running.
 */
import { isSuccessfulTaskStatus, isTerminalTaskStatus } from '../../../../common/src/status';
import { baseRef } from '../../expressions/contextDocument';
import { finishTask, registerSystemTask, type TaskContext } from '../systemTask';
import type { TaskModel } from '../model';

/** The latest (not retried) task of each reference. */
function latestByRef(tasks: readonly TaskModel[]): Map<string, TaskModel> {
  const latest = new Map<string, TaskModel>();
  for (const task of tasks) latest.set(task.referenceTaskName, task);
  return latest;
}

/** §5.7 inside a loop the joined references carry the JOIN's own iteration (`ref__N`). */
export function inIteration(ref: string, iteration: number): string {
  return iteration > 0 && baseRef(ref) === ref ? `${ref}__${iteration}` : ref;
}

function execute(join: TaskModel, context: TaskContext): boolean {
  const latest = latestByRef(context.aggregate.tasks);
  const joinOn = (join.inputData?.['joinOn'] as string[] | undefined) ?? join.workflowTask?.joinOn ?? [];
  const joined = joinOn.map((ref) => latest.get(inIteration(ref, join.iteration ?? 0)));
  const output: Record<string, unknown> = {};
  const failures: TaskModel[] = [];
  let allTerminal = true;
  for (const task of joined) {
    if (!task || !isTerminalTaskStatus(task.status)) {
      allTerminal = false;
      continue;
    }
    if (task.outputData && Object.keys(task.outputData).length > 0) output[task.referenceTaskName] = task.outputData;
    if (!isSuccessfulTaskStatus(task.status) && !task.workflowTask?.optional) failures.push(task);
  }
  const blocking = failures.filter((task) => !task.workflowTask?.permissive || allTerminal);
  if (blocking.length > 0) {
    join.outputData = output;
    const canceled = blocking.every((task) => task.status === 'CANCELED');
    // Join.java: the reasons of every unsuccessful joined task that has one.
    const reason = joined
      .filter((task) => task && !isSuccessfulTaskStatus(task.status) && task.reasonForIncompletion != null)
      .map((task) => task?.reasonForIncompletion)
      .join(' ');
    finishTask(join, canceled ? 'CANCELED' : 'FAILED', context, reason);
    return true;
  }
  if (!allTerminal) return false;
  join.outputData = output;
  // Join.java counts optional tasks only and writes "<def>/<id> <def>/<id> completed with errors".
  const withErrors = joined.filter((task) => task?.status === 'COMPLETED_WITH_ERRORS' && task.workflowTask?.optional);
  if (withErrors.length === 0) {
    finishTask(join, 'COMPLETED', context);
    return true;
  }
  const names = withErrors.map((task) => `${task?.taskDefName ?? ''}/${task?.taskId ?? ''} `).join('');
  finishTask(join, 'COMPLETED_WITH_ERRORS', context, `${names}completed with errors`);
  return true;
}

registerSystemTask('JOIN', { execute });
