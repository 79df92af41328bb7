/**
 * How the scheduler reads a schedule's crons (the model itself is shared: `common/src/model/schedule.ts`).
 */
import type { WorkflowSchedule } from '../../../common/src/model';

export type { CronSchedule, WorkflowSchedule } from '../../../common/src/model';

/** A cron with its zone resolved, as `getEffectiveCronSchedules` returns them. */
export interface EffectiveCron {
  cronExpression: string;
  zoneId: string;
}

/** `getEffectiveCronSchedules`: the list when non-empty, else the single cron, else none. */
export function effectiveCrons(schedule: WorkflowSchedule): EffectiveCron[] {
  if (schedule.cronSchedules && schedule.cronSchedules.length > 0) {
    return schedule.cronSchedules.map((cron) => ({
      cronExpression: cron.cronExpression,
      zoneId: cron.zoneId ?? 'UTC',
    }));
  }
  if (schedule.cronExpression !== undefined) {
    return [{ cronExpression: schedule.cronExpression, zoneId: schedule.zoneId ?? 'UTC' }];
  }
  return [];
}
