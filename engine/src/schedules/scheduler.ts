/**
 * The engine's scheduler: the service behind `/api/scheduler` and the loop that fires schedules, sharing one
 * repository and clock; a change through the service re-arms the loop.
 */
import type { Executor } from '../execution/executor';
import { startWorkflow } from '../execution/starter';
import { ScheduleRepository } from './scheduleRepository';
import { SchedulerLoop } from './schedulerLoop';
import { SchedulerService } from './schedulerService';

/** The scheduler of one engine. */
export interface Scheduler {
  readonly service: SchedulerService;
  readonly loop: SchedulerLoop;
}

/** Creates the scheduler over the executor's store; `clock` defaults to the executor's (tests inject one). */
export function createScheduler(
  executor: Executor,
  log: (message: string) => void,
  clock: () => number = executor.clock,
): Scheduler {
  const holder: { loop?: SchedulerLoop } = {};
  const service = new SchedulerService(new ScheduleRepository(executor.store), clock, () => holder.loop?.arm());
  const loop = new SchedulerLoop(service, (request) => startWorkflow(executor, request), log);
  holder.loop = loop;
  return { service, loop };
}
