/**
 * The conductor-oss scheduler module's model (`scheduler/core/.../model/WorkflowSchedule.java`, `CronSchedule.java`),
 * shared by the engine's scheduler and the client's `/api/scheduler` calls. A schedule has one cron
 * (`cronExpression` + `zoneId`, default "UTC") or a list `cronSchedules`, which wins when it is not empty.
 * Times are epoch milliseconds.
 */
import type { StartWorkflowRequest } from './requests';

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
