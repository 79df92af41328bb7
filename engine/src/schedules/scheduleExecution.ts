/**
 * One firing of a schedule, as the scheduler module records it (`WorkflowScheduleExecutionModel`): the workflow
 * it started, or why the start failed. A failed start is recorded and the schedule goes on.
 */
import { randomUUID } from 'node:crypto';
import type { StartWorkflowRequest } from '../../../common/src/model';
import { scheduledStartRequest, type DueRun } from './dueRuns';
import type { WorkflowSchedule } from './scheduleModel';

/** `WorkflowScheduleExecutionModel.State`. */
export type ScheduleExecutionState = 'POLLED' | 'FAILED' | 'EXECUTED';

/** `WorkflowScheduleExecutionModel` as `GET /api/scheduler/search/executions` returns it. */
export interface ScheduleExecution {
  executionId: string;
  scheduleName: string;
  scheduledTime: number;
  executionTime: number;
  workflowName: string;
  workflowId?: string;
  reason?: string;
  stackTrace?: string;
  startWorkflowRequest?: StartWorkflowRequest;
  state: ScheduleExecutionState;
  zoneId: string;
}

/** The module truncates the stored reason to 999 characters and the stack trace to 2000. */
const MAX_REASON = 999;
const MAX_STACK = 2000;

/**
 * `triggerWorkflowRequest`: starts the run's workflow with `start` and returns the record, EXECUTED with the
 * workflow id or FAILED with the reason. Never throws.
 */
export function fireRun(
  schedule: WorkflowSchedule,
  run: DueRun,
  executedTime: number,
  start: (request: StartWorkflowRequest) => string,
): ScheduleExecution {
  const executionId = randomUUID();
  const record: ScheduleExecution = {
    executionId,
    scheduleName: schedule.name,
    scheduledTime: run.scheduledTime,
    executionTime: executedTime,
    workflowName: schedule.startWorkflowRequest?.name ?? '',
    state: 'POLLED',
    zoneId: run.zoneId,
  };
  if (schedule.startWorkflowRequest) record.startWorkflowRequest = schedule.startWorkflowRequest;
  try {
    record.workflowId = start(scheduledStartRequest(schedule, run, { executionId, executedTime }));
    record.state = 'EXECUTED';
  } catch (error) {
    record.state = 'FAILED';
    record.reason = (error instanceof Error ? error.message : String(error)).slice(0, MAX_REASON);
    record.stackTrace = (error instanceof Error ? (error.stack ?? '') : '').slice(0, MAX_STACK);
  }
  return record;
}
