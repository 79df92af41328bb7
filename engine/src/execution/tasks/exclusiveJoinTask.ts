/**
 * EXCLUSIVE_JOIN (reference/conductor.md §1.11, ExclusiveJoin.java): joins on the first `joinOn` reference that
 * was scheduled (not SKIPPED), typically the last task of the SWITCH branch that ran; when none of them was, on the
 * first scheduled `defaultExclusiveJoinTask`. Once that task is terminal the join COMPLETES with its output, or
 * FAILS with the reasons of the unsuccessful joined tasks (a permissive one only once every joinOn task ended).
 * With neither found it keeps waiting, as Conductor does.
 */
import { isSuccessfulTaskStatus, isTerminalTaskStatus } from '../../../../common/src/status';
import type { TaskModel } from '../model';
import { finishTask, registerSystemTask, type TaskContext } from '../systemTask';
import { inIteration } from './joinTask';

interface Verdict {
  joined: TaskModel;
  reason?: string;
}

const scheduled = (task: TaskModel | undefined): task is TaskModel => task !== undefined && task.status !== 'SKIPPED';

function fromJoinOn(tasks: (TaskModel | undefined)[]): Verdict | 'waiting' | undefined {
  const joined = tasks.find(scheduled);
  if (!joined) return undefined;
  const existing = tasks.filter((t): t is TaskModel => t !== undefined);
  const allTerminal = existing.every((t) => isTerminalTaskStatus(t.status));
  if (!isSuccessfulTaskStatus(joined.status) && (!joined.workflowTask?.permissive || allTerminal)) {
    const failed = existing.filter((t) => !isSuccessfulTaskStatus(t.status));
    return { joined, reason: failed.map((t) => t.reasonForIncompletion ?? 'null').join(' ') };
  }
  return isTerminalTaskStatus(joined.status) ? { joined } : 'waiting';
}

function fromDefault(tasks: (TaskModel | undefined)[]): Verdict | undefined {
  const joined = tasks.find(scheduled);
  if (!joined || !isTerminalTaskStatus(joined.status)) return undefined;
  if (isSuccessfulTaskStatus(joined.status)) return { joined };
  return { joined, reason: `${joined.reasonForIncompletion ?? 'null'} ` };
}

function execute(task: TaskModel, context: TaskContext): boolean {
  const latest = new Map<string, TaskModel>();
  for (const t of context.aggregate.tasks) latest.set(t.referenceTaskName, t);
  const lookup = (refs: unknown): (TaskModel | undefined)[] =>
    (Array.isArray(refs) ? refs : []).map((ref) => latest.get(inIteration(String(ref), task.iteration ?? 0)));
  const primary = fromJoinOn(lookup(task.inputData?.['joinOn']));
  if (primary === 'waiting') return false;
  const verdict = primary ?? fromDefault(lookup(task.inputData?.['defaultExclusiveJoinTask']));
  if (!verdict) return false;
  if (verdict.reason !== undefined) {
    finishTask(task, 'FAILED', context, verdict.reason);
    return true;
  }
  task.outputData = { ...(verdict.joined.outputData ?? {}) };
  finishTask(task, 'COMPLETED', context);
  return true;
}

registerSystemTask('EXCLUSIVE_JOIN', { execute });
