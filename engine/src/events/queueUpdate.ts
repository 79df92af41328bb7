/**
 * `/api/queue/update/…` messages (reference/conductor.md §3.4, Conductor's `DefaultEventQueueProcessor`): the
 * payload is the posted output plus `externalId`, a JSON string naming the workflow and the task (by reference
 * name or id). The matching task that has not ended gets the status of the queue and the payload merged into its
 * output. Messages that match nothing are dropped with a log line, as Conductor acks them.
 */
import type { Executor } from '../execution/executor';
import { updateTask } from '../execution/taskUpdates';
import type { DefaultQueueStatus } from './eventQueues';
import type { EventMessage } from './eventMessages';
import { findPendingTask, type TaskTarget } from './taskTarget';

/** The payload `update` publishes: the output plus `externalId`. */
export function updatePayload(target: TaskTarget, output: Record<string, unknown>): Record<string, unknown> {
  return { ...output, externalId: JSON.stringify(target) };
}

function targetOf(payload: unknown): TaskTarget | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const externalId = (payload as Record<string, unknown>)['externalId'];
  if (typeof externalId !== 'string' || externalId === '') return undefined;
  try {
    return JSON.parse(externalId) as TaskTarget;
  } catch {
    return undefined;
  }
}

/** Applies one message of a default queue; returns why nothing was updated, for the log, or undefined. */
export function applyQueueUpdate(
  executor: Executor,
  status: DefaultQueueStatus,
  message: EventMessage,
): string | undefined {
  const target = targetOf(message.payload);
  if (!target?.workflowId) return `No workflow id found in the message ${message.id}; dropped.`;
  const task = findPendingTask(executor, target);
  if (!task) {
    return `No matching tasks found to be marked as ${status} for workflow ${target.workflowId}, taskRefName ${target.taskRefName ?? 'null'}, taskId ${target.taskId ?? 'null'}`;
  }
  const outputData = { ...(task.outputData ?? {}), ...(message.payload as Record<string, unknown>) };
  updateTask(executor, { workflowInstanceId: task.workflowInstanceId, taskId: task.taskId, status, outputData });
  return undefined;
}
