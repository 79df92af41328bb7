/**
 * When a schedule runs next, with the rules of the conductor-oss scheduler (`SchedulerService.
 * computeNextScheduleForSingleCron`, `computeNextScheduleWithZone`, `getListOfNextSchedules`):
 * - with `runCatchupScheduleInstances` the next run is simply the cron's next time after the last run (start and end
 *   times are not consulted on that path, as in the module), so every missed run is made up;
 * - otherwise a future `scheduleStartTime` (minus 500 ms, so the start itself can be a run) is the origin, else the
 *   later of now and the last run: missed runs are skipped;
 * - a next time after `scheduleEndTime` means the schedule is over;
 * - with several crons, the earliest wins; a cron that does not parse is skipped (Conductor logs it).
 */
import { effectiveCrons, type EffectiveCron, type WorkflowSchedule } from './scheduleModel';
import { parseSpringCron } from './springCron';

/** `computeNextScheduleForSingleCron`: the next run of one cron, or undefined when there is none. */
export function nextForCron(
  schedule: WorkflowSchedule,
  cron: EffectiveCron,
  currentMs: number,
  lastMs: number,
): number | undefined {
  const parsed = parseSpringCron(cron.cronExpression);
  if (schedule.runCatchupScheduleInstances) return parsed.next(lastMs, cron.zoneId);
  if (schedule.scheduleStartTime !== undefined && schedule.scheduleStartTime !== null) {
    const start = schedule.scheduleStartTime - 500;
    if (currentMs < start) return parsed.next(start, cron.zoneId);
  }
  const next = parsed.next(Math.max(currentMs, lastMs), cron.zoneId);
  if (next === undefined) return undefined;
  const end = schedule.scheduleEndTime;
  return end !== undefined && end !== null && next > end ? undefined : next;
}

/** Like {@link nextForCron}, but a cron that does not parse yields no run instead of an error. */
export function safeNextForCron(
  schedule: WorkflowSchedule,
  cron: EffectiveCron,
  currentMs: number,
  lastMs: number,
): number | undefined {
  try {
    return nextForCron(schedule, cron, currentMs, lastMs);
  } catch {
    return undefined;
  }
}

/** `computeNextSchedule`: the earliest next run over all the schedule's crons. */
export function nextRunTime(schedule: WorkflowSchedule, currentMs: number, lastMs: number): number | undefined {
  let earliest: number | undefined;
  for (const cron of effectiveCrons(schedule)) {
    const next = safeNextForCron(schedule, cron, currentMs, lastMs);
    if (next !== undefined && (earliest === undefined || next < earliest)) earliest = next;
  }
  return earliest;
}

/** The next `count` run times from `fromMs` (the preview of `GET /api/scheduler/nextFewSchedules`); none if paused. */
export function nextRunTimes(schedule: WorkflowSchedule, fromMs: number, count: number): number[] {
  if (schedule.paused) return [];
  const times: number[] = [];
  let previous = fromMs;
  while (times.length < count) {
    const next = nextRunTime(schedule, previous, previous);
    if (next === undefined) break;
    times.push(next);
    previous = next;
  }
  return times;
}
