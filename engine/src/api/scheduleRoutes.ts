/**
 * The scheduler REST API, `/api/scheduler` (conductor-oss `scheduler` module, `SchedulerResource`; see
 * engine/src/schedules/README.md): schedules CRUD, pause and resume, search, and the next-runs preview.
 */
import type { WorkflowSchedule } from '../../../common/src/model';
import { ApiError, empty, json, type ApiRequest, type Router } from '../http';
import { cronError, nextRunTimes, type Scheduler } from '../schedules';
import { searchSchedules } from '../schedules/scheduleSearch';
import { registerScheduleAdminRoutes } from './scheduleAdminRoutes';

const BASE = '/api/scheduler';
/** `getListOfNextSchedules` returns at most five times whatever `limit` asks. */
const MAX_PREVIEW = 5;

/** §3.4 scheduler: the module answers 500 `Invalid cron expression`; the reason says what to fix. */
export const invalidPreviewCron = (reason: string): string => `Invalid cron expression: ${reason}`;

/** Registers `/api/scheduler/*` on `router`. */
export function registerScheduleRoutes(router: Router, scheduler: Scheduler): void {
  const { service } = scheduler;
  router.route('POST', `${BASE}/schedules`, (request) => json(service.save(request.json())));
  router.route('GET', `${BASE}/schedules`, (request) => json(service.list(request.query.string('workflowName'))));
  router.route('GET', `${BASE}/schedules/search`, (request) => json(search(scheduler, request)));
  router.route('GET', `${BASE}/schedules/{name}`, (request) => json(service.get(request.param('name'))));
  router.route('DELETE', `${BASE}/schedules/{name}`, (request) => {
    service.delete(request.param('name'));
    return empty();
  });
  router.route('PUT', `${BASE}/schedules/{name}/pause`, (request) => {
    service.pause(request.param('name'), request.query.string('reason'));
    return empty();
  });
  router.route('PUT', `${BASE}/schedules/{name}/resume`, (request) => {
    service.resume(request.param('name'));
    return empty();
  });
  router.route('GET', `${BASE}/nextFewSchedules`, (request) => json(preview(scheduler, request)));
  registerScheduleAdminRoutes(router, scheduler);
}

function search(scheduler: Scheduler, request: ApiRequest) {
  const paused = request.query.string('paused');
  return searchSchedules(scheduler.service.list(), {
    workflowName: request.query.string('workflowName'),
    scheduleName: request.query.string('scheduleName'),
    paused: paused === undefined ? undefined : request.query.bool('paused', false),
    start: request.query.int('start', 0),
    size: request.query.int('size', 100),
  });
}

/** `GET /nextFewSchedules`: the next run times (epoch ms) of a cron from now, honouring start and end times. */
function preview(scheduler: Scheduler, request: ApiRequest): number[] {
  const cronExpression = request.query.string('cronExpression');
  const reason = cronExpression === undefined ? 'the cronExpression parameter is required' : cronError(cronExpression);
  if (cronExpression === undefined || reason) throw new ApiError(500, invalidPreviewCron(reason ?? ''));
  const schedule: WorkflowSchedule = { name: '', cronExpression, zoneId: 'UTC' };
  const start = request.query.int('scheduleStartTime');
  const end = request.query.int('scheduleEndTime');
  if (start !== undefined) schedule.scheduleStartTime = start;
  if (end !== undefined) schedule.scheduleEndTime = end;
  const limit = Math.min(MAX_PREVIEW, request.query.int('limit', MAX_PREVIEW));
  return nextRunTimes(schedule, scheduler.service.clock(), Math.max(limit, 0));
}
