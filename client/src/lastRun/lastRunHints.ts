/**
 * How each task of the file did in its last run, as short labels placed after its `taskReferenceName`: the last
 * attempt's status and time taken, the attempt when it was retried (§5.3), and the iterations of a task in a loop
 * (§5.8). Tasks the run never reached (another SWITCH case) get no label. Pure: no `vscode` import.
 */
import type { Task, Workflow } from '../../../common/src/model';
import { isSuccessfulTaskStatus, type TaskStatus } from '../../../common/src/status';
import { isIterationRef, lastAttempts, taskRefRanges, withoutIteration } from './lastRunTasks';

/** One label: the offset it follows (the end of the reference's value) and its text. */
export interface LastRunHint {
  readonly offset: number;
  readonly label: string;
  readonly tooltip: string;
}

/** The labels for `workflow` in `text`, in the order of the file's tasks. */
export function lastRunHints(text: string, workflow: Workflow): LastRunHint[] {
  const tasks = workflow.tasks ?? [];
  const last = lastAttempts(tasks, true);
  const iterations = countIterations(tasks);
  const hints: LastRunHint[] = [];
  for (const [ref, range] of taskRefRanges(text)) {
    const task = last.get(ref);
    if (!task) continue;
    const parts = [`${symbolOf(task.status)} ${task.status}`];
    const took = duration(task);
    if (took) parts.push(took);
    if ((task.retryCount ?? 0) > 0) parts.push(`attempt ${(task.retryCount ?? 0) + 1}`);
    const count = iterations.get(ref);
    if (count !== undefined) parts.push(count === 1 ? '1 iteration' : `${count} iterations`);
    const tooltip = `Last run: execution ${workflow.workflowId} (${workflow.status})`;
    hints.push({ offset: range.end, label: parts.join(' · '), tooltip });
  }
  return hints;
}

/** ✓ for success, ⚠ for an optional task that failed (the run went on, §5.2), ✗ for any other end. */
function symbolOf(status: TaskStatus): string {
  if (status === 'COMPLETED_WITH_ERRORS') return '⚠';
  return isSuccessfulTaskStatus(status) ? '✓' : '✗';
}

/** Iterations each loop body task ran, by reference without `__N`. */
function countIterations(tasks: readonly Task[]): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const task of tasks) {
    if (!isIterationRef(task.referenceTaskName)) continue;
    const ref = withoutIteration(task.referenceTaskName);
    seen.set(ref, (seen.get(ref) ?? new Set()).add(task.referenceTaskName));
  }
  return new Map([...seen].map(([ref, refs]) => [ref, refs.size]));
}

/** The time the last attempt took, `240 ms` or `3.2 s`; undefined before it started or ended. */
function duration(task: Task): string | undefined {
  const { startTime, endTime } = task;
  if (!startTime || !endTime || endTime < startTime) return undefined;
  const ms = endTime - startTime;
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
