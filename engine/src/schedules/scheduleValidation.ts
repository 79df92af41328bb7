/**
 * Checks a schedule before it is saved. The scheduler module saves anything and fails later (a bad cron never
 * fires, a missing StartWorkflowRequest throws at the first run); the local engine answers 400 at once with what
 * to fix, which loses nothing a user could want.
 */
import type { WorkflowSchedule } from '../../../common/src/model';
import { BadRequestError } from '../http';
import { effectiveCrons } from './scheduleModel';
import { cronError } from './springCron';

/** 400 for a body that is not a schedule object. */
export const MISSING_BODY = 'The request body must be a WorkflowSchedule JSON object.';
/** 400 for a schedule without a name. */
export const MISSING_NAME = "A schedule needs a 'name': set it to a unique, non-empty string.";
/** 400 for a schedule with no cron to run by. */
export const MISSING_CRON =
  "A schedule needs a 'cronExpression' (six Spring cron fields, e.g. \"0 0 9 * * MON-FRI\") or a non-empty 'cronSchedules' list.";
/** 400 for a schedule that names no workflow to start. */
export const MISSING_WORKFLOW =
  "A schedule needs 'startWorkflowRequest.name': the name of the workflow to start at each run.";

/** `Invalid cron expression` plus Spring's reason, naming the expression. */
export const invalidCron = (expression: string, reason: string): string =>
  `Invalid cron expression '${expression}': ${reason}`;

/** The body as a schedule, or a 400 naming the first problem. */
export function checkSchedule(body: unknown): WorkflowSchedule {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequestError(MISSING_BODY);
  const schedule = body as WorkflowSchedule;
  if (typeof schedule.name !== 'string' || schedule.name.trim() === '') throw new BadRequestError(MISSING_NAME);
  const crons = effectiveCrons(schedule);
  if (crons.length === 0) throw new BadRequestError(MISSING_CRON);
  for (const cron of crons) {
    if (typeof cron.cronExpression !== 'string') throw new BadRequestError(MISSING_CRON);
    const reason = cronError(cron.cronExpression, cron.zoneId);
    if (reason) throw new BadRequestError(invalidCron(cron.cronExpression, reason));
  }
  const request = schedule.startWorkflowRequest;
  if (!request || typeof request.name !== 'string' || request.name.trim() === '') {
    throw new BadRequestError(MISSING_WORKFLOW);
  }
  return schedule;
}
