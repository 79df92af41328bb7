/**
 * Events in the local engine (reference/conductor.md §1.9, §1.11 EVENT, §3.4): the EVENT task publishes to the
 * engine's own `conductor` queues, event handlers react to their messages, and `/api/queue` publishes from outside.
 */
import type { Executor } from '../execution/executor';
import { EventProcessor } from './eventProcessor';
import { registerEventTask } from './eventTask';

export { EventProcessor } from './eventProcessor';
export type { EventExecution } from './handlerRunner';
export { publishMessage } from './eventMessages';
export type { EventMessage } from './eventMessages';
export { CONDUCTOR_QUEUE_TYPE, DEFAULT_QUEUES, STORED_MESSAGES_QUEUE } from './eventQueues';
export type { DefaultQueueStatus } from './eventQueues';
export { updatePayload } from './queueUpdate';

/** Registers the EVENT task and returns the processor that drains the event queues while the engine runs. */
export function createEventProcessor(executor: Executor, log: (message: string) => void): EventProcessor {
  registerEventTask();
  return new EventProcessor(executor, log);
}
