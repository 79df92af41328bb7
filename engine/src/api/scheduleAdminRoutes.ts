/**
 * The scheduler module's bulk, admin and execution-search routes (`SchedulerBulkResource`, the admin and search
 * parts of `SchedulerResource`): bulk pause/resume by name, pausing the whole scheduler, and the records of past
 * runs.
 */
import type { BulkResponse } from '../../../common/src/model';
import { BadRequestError, json, type ApiRequest, type Router } from '../http';
import type { Scheduler } from '../schedules';
import { searchExecutions } from '../schedules/scheduleSearch';
import { bulk } from './workflowBulkRoutes';

const BASE = '/api/scheduler';
/** 400 for a bulk body that is not a list of schedule names. */
export const NAMES_BODY = 'The request body must be a JSON array of schedule names.';

function names(request: ApiRequest): string[] {
  const body = request.json();
  if (!Array.isArray(body) || !body.every((name) => typeof name === 'string')) throw new BadRequestError(NAMES_BODY);
  return body;
}

/** Registers the bulk, admin and execution-search routes of `/api/scheduler`. */
export function registerScheduleAdminRoutes(router: Router, scheduler: Scheduler): void {
  const { service } = scheduler;
  const eachName = (request: ApiRequest, action: (name: string) => void): BulkResponse<string> =>
    bulk(names(request), (name) => {
      action(name);
      return name;
    });
  router.route('PUT', `${BASE}/bulk/pause`, (request) => json(eachName(request, (name) => service.pause(name))));
  router.route('PUT', `${BASE}/bulk/resume`, (request) => json(eachName(request, (name) => service.resume(name))));
  router.route('GET', `${BASE}/admin/pause`, () => {
    service.setPausedAll(true);
    return json({ status: 'done' });
  });
  router.route('GET', `${BASE}/admin/resume`, () => {
    service.setPausedAll(false);
    return json({ status: 'done' });
  });
  // The module re-sends pending records to its archive; here every record is stored at once, so none is pending.
  router.route('GET', `${BASE}/admin/requeue`, () => json({ 'recordIds.size': 0, sampleIds: [] }));
  router.route('GET', `${BASE}/search/executions`, (request) =>
    json(
      searchExecutions(service.repository.executions(), {
        query: request.query.string('query'),
        start: request.query.int('start', 0),
        size: request.query.int('size', 100),
        sort: request.query.string('sort'),
      }),
    ),
  );
}
