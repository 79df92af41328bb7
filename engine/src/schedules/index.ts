/**
 * The conductor-oss scheduler module's model and timing (see README.md in this folder for its REST API): Spring cron
 * expressions in a time zone, start/end bounds, pause, and the missed-run rule after a restart.
 */
export type { CronSchedule, EffectiveCron, WorkflowSchedule } from './scheduleModel';
export { effectiveCrons } from './scheduleModel';
export { cronError, parseSpringCron, zoneError } from './springCron';
export type { SpringCron } from './springCron';
export { nextForCron, nextRunTime, nextRunTimes } from './nextRun';
export { dueRuns, earliestTimer, initialTimers, scheduledStartRequest } from './dueRuns';
export type { DueRun, ScheduleTimers } from './dueRuns';
export { createScheduler } from './scheduler';
export type { Scheduler } from './scheduler';
export { SchedulerService } from './schedulerService';
export { SchedulerLoop } from './schedulerLoop';
export { ScheduleRepository } from './scheduleRepository';
export type { ScheduleExecution } from './scheduleExecution';
