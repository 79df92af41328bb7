/**
 * Messages on the engine's `conductor` event queues (§3.4): published through the API (stored in the key-value
 * table and queued by id) or by an EVENT task (queued by task id; the task's output is the payload, the task id the
 * message id, as in Conductor's `Event.getPopulatedMessage`).
 */
import { randomUUID } from 'node:crypto';
import type { Executor } from '../execution/executor';
import { TASK_MESSAGES_QUEUE } from './eventQueues';
import { EVENT_PRODUCED } from './eventTask';

/** One message: its id, the event (`conductor:<queue>`) it was published to and its payload. */
export interface EventMessage {
  id: string;
  event: string;
  payload: unknown;
}

const messageKey = (id: string): string => `event.message.${id}`;

/** Stores a message and queues it on `queueName` (a processed store queue); returns its id. */
export function publishMessage(executor: Executor, queueName: string, message: Omit<EventMessage, 'id'>): string {
  const id = randomUUID();
  executor.store.transaction(() => {
    executor.store.kv.put(messageKey(id), { ...message, id });
    executor.store.queues.push(queueName, id, { visibleAt: executor.clock() });
  });
  executor.events.emit('queue', queueName);
  return id;
}

/** The message behind a queue entry, or undefined when it is gone (e.g. its EVENT task was removed). */
export function loadMessage(executor: Executor, queueName: string, id: string): EventMessage | undefined {
  if (queueName !== TASK_MESSAGES_QUEUE) return executor.store.kv.get<EventMessage>(messageKey(id));
  const task = executor.store.tasks.get(id);
  const event = task?.outputData?.[EVENT_PRODUCED];
  return task && typeof event === 'string' ? { id, event, payload: task.outputData } : undefined;
}

/** Acknowledges a message: removes the queue entry and its stored payload. */
export function ackMessage(executor: Executor, queueName: string, id: string): void {
  executor.store.transaction(() => {
    executor.store.queues.remove(queueName, id);
    if (queueName !== TASK_MESSAGES_QUEUE) executor.store.kv.delete(messageKey(id));
  });
}
