/**
 * The EVENT system task (reference/conductor.md §1.11, Conductor's `Event` and `EventTaskMapper`): the task's input
 * gets `sink` and `asyncComplete`; its output is the input plus `workflowInstanceId`, `workflowType`,
 * `workflowVersion`, `correlationId`, `taskToDomain` and `event_produced` (the queue name), and that output is the
 * message published. A `conductor` sink publishes to the engine's own queue, whose handlers then react; any other
 * sink fails the task with the reason. COMPLETED at once unless `asyncComplete`, which leaves it IN_PROGRESS
 * for an external update.
 */
import { resolveValue } from '../expressions/resolve';
import { finishTask, registerSystemTask, type TaskContext } from '../execution/systemTask';
import { documentOf } from '../execution/taskFactory';
import type { TaskModel } from '../execution/model';
import { eventQueueName, TASK_MESSAGES_QUEUE, unsupportedQueueReason } from './eventQueues';

/** Output key holding the queue the message went to. */
export const EVENT_PRODUCED = 'event_produced';
/** Failure reason of an EVENT task without a sink. */
export const MISSING_SINK =
  'The EVENT task has no sink: set "sink" to "conductor" or "conductor:<queue>" to publish to the engine\'s queue.';

/** `EventTaskMapper`: `sink` (with `${…}` resolved against the run) and `asyncComplete` join the task input. */
function mapInput(task: TaskModel, context: TaskContext): { sink: unknown; asyncComplete: boolean } {
  const wfTask = task.workflowTask;
  const rawSink = task.inputData?.['sink'] ?? wfTask?.sink;
  const sink = resolveValue(rawSink ?? null, { document: documentOf(context.aggregate), taskId: task.taskId });
  const asyncComplete = wfTask?.asyncComplete === true;
  task.inputData = { ...(task.inputData ?? {}), sink, asyncComplete };
  return { sink, asyncComplete };
}

/** `Event.start` + `Event.execute`: builds the message, queues it for the event processor, completes the task. */
function start(task: TaskModel, context: TaskContext): void {
  const { sink, asyncComplete } = mapInput(task, context);
  const { workflow } = context.aggregate;
  task.outputData = {
    ...(task.inputData ?? {}),
    workflowInstanceId: workflow.workflowId,
    workflowType: workflow.workflowName,
    workflowVersion: workflow.workflowVersion,
    taskToDomain: workflow.taskToDomain ?? {},
  };
  if (workflow.correlationId !== undefined) task.outputData['correlationId'] = workflow.correlationId;
  context.effects.changedTasks.add(task);
  if (typeof sink !== 'string' || sink === '') return finishTask(task, 'FAILED', context, MISSING_SINK);
  let queueName: string;
  try {
    queueName = eventQueueName(sink, workflow.workflowName, task.referenceTaskName);
  } catch (error) {
    return finishTask(task, 'FAILED', context, (error as Error).message);
  }
  task.outputData[EVENT_PRODUCED] = queueName;
  const unsupported = unsupportedQueueReason(queueName, task.taskId);
  if (unsupported) return finishTask(task, 'FAILED', context, unsupported);
  const { now } = context.env;
  context.effects.enqueue.push({ queueName: TASK_MESSAGES_QUEUE, taskId: task.taskId, visibleAt: now, priority: 0 });
  if (!asyncComplete) finishTask(task, 'COMPLETED', context);
}

/**
 * Registers EVENT with the system-task registry. Publishing happens once, when the task starts (Conductor's start
 * and first execute run back to back); later decides leave an asyncComplete task waiting for its update.
 */
export function registerEventTask(): void {
  registerSystemTask('EVENT', { start, execute: () => false });
}
