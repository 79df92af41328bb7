/**
 * The conductor-oss scheduler's model (`scheduler/core/.../model/WorkflowSchedule.java`, `CronSchedule.java`): a
 * schedule has one cron (`cronExpression` + `zoneId`, default "UTC") or a list `cronSchedules`, which wins when it is
 * not empty. Times are epoch milliseconds.
 */
import type { StartWorkflowRequest } from '../../../common/src/model';

/** One cron of a multi-cron schedule. */
export interface CronSchedule {
  cronExpression: string;
  zoneId?: string;
}

/** `WorkflowSchedule` as the REST API takes and returns it (`/api/scheduler/schedules`). */
export interface WorkflowSchedule {
  name: string;
  cronExpression?: string;
  zoneId?: string;
  cronSchedules?: CronSchedule[];
  runCatchupScheduleInstances?: boolean;
  paused?: boolean;
  pausedReason?: string;
  startWorkflowRequest?: StartWorkflowRequest;
  scheduleStartTime?: number;
  scheduleEndTime?: number;
  createTime?: number;
  updatedTime?: number;
  createdBy?: string;
  updatedBy?: string;
  description?: string;
  nextRunTime?: number;
}

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
