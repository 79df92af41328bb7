/**
 * Timeouts (reference/conductor.md §5.2 step 1, §5.4): the workflow's `timeoutSeconds`, and per task
 * `timeoutSeconds`, `pollTimeoutSeconds`, `totalTimeoutSeconds` (policy RETRY / TIME_OUT_WF / ALERT_ONLY) and
 * `responseTimeoutSeconds` (always times the task out). Times not yet due become decider wake-ups.
 */
import { isTerminalTaskStatus } from '../../../common/src/status';
import { wakeAt, type Aggregate, type DecideEnv, type Effects, type TaskModel } from './model';
import { TerminateWorkflowError } from './systemTask';

interface Check {
  from: number;
  dueAt: number;
  reason: (elapsedSeconds: number) => string;
  usesPolicy: boolean;
}

/** §5.2 step 1: throws TIMED_OUT when a TIME_OUT_WF workflow ran past its timeout; otherwise arms a wake-up. */
export function checkWorkflowTimeout(aggregate: Aggregate, env: DecideEnv, effects: Effects): void {
  const { workflow } = aggregate;
  const def = workflow.workflowDefinition;
  const timeout = def?.timeoutSeconds ?? 0;
  if (timeout <= 0 || def?.timeoutPolicy === 'ALERT_ONLY') return;
  const from = workflow.lastRetriedTime ?? workflow.createTime ?? env.now;
  const dueAt = from + timeout * 1000;
  if (env.now < dueAt) {
    wakeAt(effects, dueAt);
    return;
  }
  const elapsed = Math.floor((env.now - from) / 1000);
  throw new TerminateWorkflowError(
    `Workflow timed out after ${elapsed} seconds. Timeout configured as ${timeout} seconds. Timeout policy configured to TIME_OUT_WF`,
    'TIMED_OUT',
  );
}

/** §5.4 totalTimeoutSeconds, from the first schedule of the first attempt (DeciderService.checkTotalTimeout). */
function totalCheck(task: TaskModel, total: number, policy: string): Check | undefined {
  const from = task.firstScheduledTime ?? 0;
  if (total <= 0 || from <= 0) return undefined;
  const name = task.taskDefName ?? task.taskType;
  const reason = (s: number): string =>
    `Task ${name}/${task.taskId} exceeded total timeout of ${total} seconds (elapsed ${s} seconds across all attempts including retry delays). Timeout policy: ${policy}`;
  return { from, dueAt: from + total * 1000, reason, usesPolicy: true };
}

function checksFor(task: TaskModel): Check[] {
  const def = task.workflowTask?.taskDefinition;
  if (!def) return [];
  const checks: Check[] = [];
  const delayMs = (task.startDelayInSeconds ?? 0) * 1000;
  const policy = def.timeoutPolicy ?? 'TIME_OUT_WF';
  // DeciderService checks the total budget first: once it is spent, the per-attempt timeouts are moot.
  const total = totalCheck(task, def.totalTimeoutSeconds ?? 0, policy);
  if (total) checks.push(total);
  const timeout = def.timeoutSeconds ?? 0;
  if (timeout > 0 && task.status === 'IN_PROGRESS' && task.startTime) {
    const reason = (s: number): string =>
      `Task timed out after ${s} seconds. Timeout configured as ${timeout} seconds. Timeout policy configured to ${policy}`;
    const from = task.startTime + delayMs;
    checks.push({ from, dueAt: from + timeout * 1000, reason, usesPolicy: true });
  }
  const pollTimeout = def.pollTimeoutSeconds ?? 0;
  if (pollTimeout > 0 && task.status === 'SCHEDULED') {
    // checkTaskPollTimeout: counted from scheduledTime + startDelay, due after pollTimeout + callbackAfterSeconds.
    const from = (task.scheduledTime ?? 0) + delayMs;
    const reason = (s: number): string =>
      `Task poll timed out after ${s} seconds. Poll timeout configured as ${pollTimeout} seconds. Timeout policy configured to ${policy}`;
    const dueAt = from + (pollTimeout + (task.callbackAfterSeconds ?? 0)) * 1000;
    checks.push({ from, dueAt, reason, usesPolicy: true });
  }
  const response = task.responseTimeoutSeconds ?? 0;
  if (response > 0 && task.status === 'IN_PROGRESS' && !task.workflowTask?.asyncComplete) {
    const reason = (): string =>
      `responseTimeout: ${response} exceeded for the taskId: ${task.taskId} with Task Definition: ${task.taskDefName ?? task.taskType}`;
    const from = (task.updateTime ?? 0) + (task.callbackAfterSeconds ?? 0) * 1000;
    checks.push({ from, dueAt: from + response * 1000, reason, usesPolicy: false });
  }
  return checks;
}

/**
 * Applies the due timeouts of a non-terminal task: marks it TIMED_OUT (RETRY, or responseTimeout), or throws to
 * time the workflow out (TIME_OUT_WF). ALERT_ONLY only logs in Conductor; here it does nothing.
 */
export function checkTaskTimeouts(task: TaskModel, env: DecideEnv, effects: Effects): boolean {
  if (isTerminalTaskStatus(task.status)) return false;
  const policy = task.workflowTask?.taskDefinition?.timeoutPolicy ?? 'TIME_OUT_WF';
  for (const check of checksFor(task)) {
    if (check.usesPolicy && policy === 'ALERT_ONLY') continue;
    if (env.now < check.dueAt) {
      wakeAt(effects, check.dueAt);
      continue;
    }
    const reason = check.reason(Math.floor((env.now - check.from) / 1000));
    task.status = 'TIMED_OUT';
    task.endTime = env.now;
    task.updateTime = env.now;
    task.reasonForIncompletion = reason;
    effects.changedTasks.add(task);
    if (check.usesPolicy && policy === 'TIME_OUT_WF') throw new TerminateWorkflowError(reason, 'TIMED_OUT', task);
    return true;
  }
  return false;
}
