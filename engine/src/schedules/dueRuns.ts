/**
 * Which runs of a schedule are due, following the conductor-oss scheduler's loop (`SchedulerService.handleSchedules`):
 * each cron keeps its stored next run time; a time at most one second ahead is due; after a run the next time is
 * computed from that run's scheduled time (see {@link nextForCron}). After a restart the stored times are in the
 * past, so: **without** `runCatchupScheduleInstances` the overdue run fires once and the schedule continues at its
 * next future time; **with** it every missed run fires, oldest first. A paused schedule fires nothing; on resume the
 * module recomputes from now (call {@link initialTimers} again), so runs missed while paused are never made up.
 */
import type { StartWorkflowRequest } from '../../../common/src/model';
import { safeNextForCron } from './nextRun';
import { effectiveCrons, type WorkflowSchedule } from './scheduleModel';

/** One run to start: its scheduled time and the cron that produced it ("<expression> <zone>"). */
export interface DueRun {
  scheduledTime: number;
  cron: string;
  zoneId: string;
}

/** The next run time of each effective cron (index-aligned with `effectiveCrons`); undefined = no more runs. */
export type ScheduleTimers = (number | undefined)[];

/** A time this close ahead counts as due (the module's "offsetSeconds > 1 → not yet" guard). */
const DUE_WINDOW_MS = 1000;

/** On create, update or resume: `computeAndSaveNextSchedule(schedule, now, now)`. */
export function initialTimers(schedule: WorkflowSchedule, nowMs: number): ScheduleTimers {
  return effectiveCrons(schedule).map((cron) => safeNextForCron(schedule, cron, nowMs, nowMs));
}

/**
 * The runs due at `nowMs`, oldest first, at most `limit` of them (call again for the rest of a long catch-up), and
 * the timers to store afterwards.
 */
export function dueRuns(
  schedule: WorkflowSchedule,
  timers: ScheduleTimers,
  nowMs: number,
  limit = 100,
): { runs: DueRun[]; timers: ScheduleTimers } {
  const crons = effectiveCrons(schedule);
  const next = crons.map((_, i) => timers[i]);
  const runs: DueRun[] = [];
  while (!schedule.paused && runs.length < limit) {
    let index = -1;
    next.forEach((time, i) => {
      if (time !== undefined && time <= nowMs + DUE_WINDOW_MS && (index < 0 || time < (next[index] ?? Infinity))) {
        index = i;
      }
    });
    const cron = crons[index];
    const scheduledTime = next[index];
    if (!cron || scheduledTime === undefined) break;
    runs.push({ scheduledTime, cron: `${cron.cronExpression} ${cron.zoneId}`, zoneId: cron.zoneId });
    next[index] = safeNextForCron(schedule, cron, nowMs, scheduledTime);
  }
  return { runs, timers: next };
}

/** The earliest stored time, shown as the schedule's `nextRunTime`. */
export function earliestTimer(timers: ScheduleTimers): number | undefined {
  const times = timers.filter((time): time is number => time !== undefined);
  return times.length === 0 ? undefined : Math.min(...times);
}

/** `swrFrom`: the schedule's StartWorkflowRequest plus the scheduler's input keys for one execution. */
export function scheduledStartRequest(
  schedule: WorkflowSchedule,
  run: DueRun,
  execution: { executionId: string; executedTime: number },
): StartWorkflowRequest {
  const base = schedule.startWorkflowRequest ?? { name: '' };
  const input: Record<string, unknown> = {
    ...(base.input ?? {}),
    _startedByScheduler: schedule.name,
    _scheduledTime: run.scheduledTime,
    _executedTime: execution.executedTime,
    _executionId: execution.executionId,
    _schedulerCron: run.cron,
  };
  return { ...base, input, createdBy: schedule.createdBy };
}
