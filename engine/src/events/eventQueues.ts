/**
 * Names of the engine's own event queues (reference/conductor.md §1.11 EVENT, §3.4 `/api/queue`) and the sink rule
 * of Conductor's Event task (`Event.computeQueueName`): `conductor` → `conductor:<workflow>:<taskRef>`,
 * `conductor:<q>` → `conductor:<workflow>:<q>`, any other sink verbatim. Only `conductor` queues exist locally.
 */

/** The queue type the local engine provides (Conductor's `ConductorEventQueueProvider`). */
export const CONDUCTOR_QUEUE_TYPE = 'conductor';

/** Store queue of EVENT task ids (the task's output is the message), drained by the event processor. */
export const TASK_MESSAGES_QUEUE = '_event:task';
/** Store queue of ids of messages published through the API (stored in the key-value table). */
export const STORED_MESSAGES_QUEUE = '_event:message';

/** §3.4 `/api/queue/update`: one default queue per status it can set, as Conductor's `Map<Status, ObservableQueue>`. */
export const DEFAULT_QUEUES = {
  COMPLETED: 'conductor_default_COMPLETED',
  FAILED: 'conductor_default_FAILED',
} as const;

/** A status that has a default queue. */
export type DefaultQueueStatus = keyof typeof DEFAULT_QUEUES;

/** Every store queue the processor drains. */
export const PROCESSED_QUEUES: readonly string[] = [
  TASK_MESSAGES_QUEUE,
  STORED_MESSAGES_QUEUE,
  DEFAULT_QUEUES.COMPLETED,
  DEFAULT_QUEUES.FAILED,
];

/** `Event.computeQueueName`: throws Conductor's IllegalStateException message for a `conductor…` sink it rejects. */
export function eventQueueName(sink: string, workflowName: string, taskRefName: string): string {
  if (!sink.startsWith(CONDUCTOR_QUEUE_TYPE)) return sink;
  if (sink === CONDUCTOR_QUEUE_TYPE) return `${CONDUCTOR_QUEUE_TYPE}:${workflowName}:${taskRefName}`;
  if (sink.startsWith(`${CONDUCTOR_QUEUE_TYPE}:`)) {
    // Conductor strips every "conductor:" (replaceAll), not only the prefix.
    return `${CONDUCTOR_QUEUE_TYPE}:${workflowName}:${sink.split(`${CONDUCTOR_QUEUE_TYPE}:`).join('')}`;
  }
  throw new Error(`Invalid / Unsupported sink specified: ${sink}`);
}

/**
 * `EventQueues.getQueue` as Event.execute reports it: why a queue cannot be published to here, or undefined for
 * a `conductor:` queue. Conductor's wording, plus what the local engine can do instead.
 */
export function unsupportedQueueReason(queueName: string, taskId: string): string | undefined {
  const colon = queueName.indexOf(':');
  const prefix = `Error loading queue:${queueName}, for task:${taskId}, error: `;
  if (colon < 0) return `${prefix}Illegal event ${queueName}`;
  const type = queueName.slice(0, colon);
  if (type === CONDUCTOR_QUEUE_TYPE) return undefined;
  return (
    `${prefix}Unknown queue type ${type}. The local engine has no ${type} broker: ` +
    'use the sink "conductor" or "conductor:<queue>" to publish to its own event queue.'
  );
}
