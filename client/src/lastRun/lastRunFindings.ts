/**
 * Where a finished execution went wrong, placed in the workflow file it was started from: each task whose last
 * attempt failed or timed out is marked on its `taskReferenceName`, with the reason and the attempt; a run that ended
 * badly without a failed task (TERMINATE, a workflow timeout, a terminate from outside) is marked on the workflow's
 * `name`. A loop iteration's task (`ref__2`, §5.8) is placed on its task in the loop body. Pure: no `vscode` import.
 */
import type { Task, Workflow } from '../../../common/src/model';
import { parseDocument } from '../../../server/src/service/parse';
import type { OffsetRange } from '../../../server/src/service/types';
import { isIterationRef, lastAttempts, taskRefRanges, withoutIteration } from './lastRunTasks';

/** One mark in the file. */
export interface LastRunFinding {
  readonly range: OffsetRange;
  readonly message: string;
}

/** §1.7: what a task's last attempt ended as, in the words of the mark; absent for statuses that are not a problem. */
const TASK_OUTCOMES: Readonly<Partial<Record<string, string>>> = {
  FAILED: 'Failed',
  FAILED_WITH_TERMINAL_ERROR: 'Failed with a terminal error (no retry)',
  TIMED_OUT: 'Timed out',
  COMPLETED_WITH_ERRORS: 'Failed, but the task is optional so the workflow went on',
};

/** §1.6: the ends of a run that deserve a mark even when no task failed. */
const UNSUCCESSFUL_ENDS: ReadonlySet<string> = new Set(['FAILED', 'TIMED_OUT', 'TERMINATED']);

/** The marks for `workflow` in `text` (the workflow file), in document order of the tasks' last attempts. */
export function lastRunFindings(text: string, workflow: Workflow): LastRunFinding[] {
  const refRanges = taskRefRanges(text);
  const failed = new Map<string, { range: OffsetRange; task: Task; count: number }>();
  for (const task of lastAttempts(workflow.tasks ?? []).values()) {
    if (!TASK_OUTCOMES[task.status]) continue;
    const exact = refRanges.has(task.referenceTaskName);
    const ref = exact ? task.referenceTaskName : withoutIteration(task.referenceTaskName);
    const range = refRanges.get(ref);
    const seen = failed.get(ref);
    // One mark per task of the file: an optional task failing in each of 500 iterations is one warning, the last.
    if (range) failed.set(ref, { range, task: later(seen?.task, task), count: (seen?.count ?? 0) + 1 });
  }
  const findings = [...failed.values()].map(({ range, task, count }) => ({
    range,
    message: taskMessage(TASK_OUTCOMES[task.status] ?? task.status, task, workflow.workflowId, count),
  }));
  // An optional task's failure did not end the run: the reason it ended still needs its mark.
  const explained = [...failed.values()].some(({ task }) => task.status !== 'COMPLETED_WITH_ERRORS');
  if (explained || !UNSUCCESSFUL_ENDS.has(workflow.status)) return findings;
  const nameRange = parseDocument(text).locator.valueRange(['name']);
  return nameRange ? [...findings, { range: nameRange, message: workflowMessage(workflow) }] : findings;
}

function later(seen: Task | undefined, task: Task): Task {
  return seen && (seen.seq ?? 0) > (task.seq ?? 0) ? seen : task;
}

function taskMessage(outcome: string, task: Task, workflowId: string, iterations: number): string {
  const attempt = `attempt ${(task.retryCount ?? 0) + 1}`;
  const also = iterations > 1 ? `; ${iterations} iterations ended this way` : '';
  const iteration = isIterationRef(task.referenceTaskName) ? `, loop iteration ${task.iteration ?? '?'}${also}` : '';
  const reason = task.reasonForIncompletion?.trim() || 'no reason given';
  return `${outcome} in the last run (execution ${workflowId}, ${attempt}${iteration}): ${reason}`;
}

function workflowMessage(workflow: Workflow): string {
  const reason = workflow.reasonForIncompletion?.trim() || 'no reason given';
  return `The last run (execution ${workflow.workflowId}) ended ${workflow.status}: ${reason}`;
}
