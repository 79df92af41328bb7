/**
 * Adds events and schedules to an engine (reference/conductor.md §3.4 and the scheduler module): the `/api/queue`
 * and `/api/scheduler` routes, the EVENT task, and the two background parts (the event processor and the
 * scheduler's firing loop) that the engine starts after it listens and stops before it closes the store.
 */
import { registerQueueRoutes } from '../api/queueRoutes';
import { registerScheduleRoutes } from '../api/scheduleRoutes';
import type { Executor } from '../execution/executor';
import type { Router } from '../http';
import { createScheduler } from '../schedules/scheduler';
import { createEventProcessor } from './index';

/** Registers the routes and returns the background parts to start and stop with the engine. */
export function wireEventsAndSchedules(
  router: Router,
  executor: Executor,
  log: (message: string) => void,
): { start(): void; stop(): void }[] {
  registerQueueRoutes(router, executor);
  const scheduler = createScheduler(executor, log);
  registerScheduleRoutes(router, scheduler);
  return [createEventProcessor(executor, log), scheduler.loop];
}
