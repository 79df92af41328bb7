/**
 * The actions an event handler runs (reference/conductor.md §1.9, Conductor's `SimpleActionProcessor`):
 * `start_workflow` and `complete_task` / `fail_task`, with their parameters `${…}`-resolved against the message
 * payload. Other actions throw Conductor's "Action not supported" error. Each returns the output Conductor records
 * on the event execution; a failure throws.
 */
import type { EventHandlerAction, TaskDetailsAction } from '../../../common/src/model';
import type { Executor } from '../execution/executor';
import { startWorkflow } from '../execution/starter';
import { updateTask } from '../execution/taskUpdates';
import { resolveValue } from '../expressions/resolve';
import { isObject } from '../expressions/jsonPath';
import type { EventMessage } from './eventMessages';
import { findTargetTask } from './taskTarget';

const MESSAGE_ID = 'conductor.event.messageId';
const EVENT_NAME = 'conductor.event.name';

const resolve = (value: unknown, payload: unknown): unknown => resolveValue(value, { document: payload });
const asString = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);

/** `startWorkflow`: input resolved against the payload plus the event keys; output `{workflowId}`. */
function startWorkflowAction(executor: Executor, action: EventHandlerAction, payload: unknown, message: EventMessage) {
  const params = action.start_workflow ?? {};
  const input = { ...(resolve(params.input ?? {}, payload) as Record<string, unknown>) };
  input[MESSAGE_ID] = message.id;
  input[EVENT_NAME] = message.event;
  // Without its own taskToDomain, the handler passes on the payload's (an EVENT task's message carries its run's).
  const payloadDomains = resolve('${taskToDomain}', payload);
  const taskToDomain =
    params.taskToDomain ?? (isObject(payloadDomains) ? (payloadDomains as Record<string, string>) : {});
  const correlationId = asString(resolve(params.correlationId ?? null, payload)) ?? params.correlationId;
  const request = { name: params.name ?? '', input, taskToDomain };
  const versioned = {
    ...request,
    ...(params.version !== undefined ? { version: params.version } : {}),
    ...(correlationId !== undefined ? { correlationId } : {}),
  };
  // Conductor's `StartWorkflowInput.event`: the run shows which event started it (`Workflow.event`) from its start.
  const workflowId = startWorkflow(executor, versioned, undefined, { event: message.event });
  return { workflowId };
}

/** `completeTask`: finds the task, sets its status and output (the resolved parameters), then updates it. */
function completeTaskAction(
  executor: Executor,
  details: TaskDetailsAction,
  status: 'COMPLETED' | 'FAILED',
  payload: unknown,
  message: EventMessage,
): Record<string, unknown> {
  // As Conductor: the identifying keys first, then the output map (whose keys win).
  const template = { ...pick(details), ...(details.output ?? {}) };
  const replaced = dropNulls(resolve(template, payload) as Record<string, unknown>);
  const workflowId = asString(replaced['workflowId']);
  const taskId = asString(replaced['taskId']);
  const taskRefName = asString(replaced['taskRefName']);
  const task = findTargetTask(executor, { workflowId, taskId, taskRefName });
  if (!task) {
    const error = `No task found with taskId: ${taskId ?? 'null'}, reference name: ${taskRefName ?? 'null'}, workflowId: ${workflowId ?? 'null'}`;
    return { ...replaced, error };
  }
  const outputData = { ...replaced, [MESSAGE_ID]: message.id, [EVENT_NAME]: message.event };
  const reason = asString(replaced['reasonForIncompletion']);
  updateTask(executor, {
    workflowInstanceId: task.workflowInstanceId,
    taskId: task.taskId,
    status,
    outputData,
    ...(status === 'FAILED' && reason !== undefined ? { reasonForIncompletion: reason } : {}),
  });
  return replaced;
}

function pick(details: TaskDetailsAction): Record<string, unknown> {
  const { workflowId, taskId, taskRefName, reasonForIncompletion } = details;
  return { workflowId, taskId, taskRefName, reasonForIncompletion };
}

function dropNulls(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, value]) => value !== null && value !== undefined));
}

/** Runs one action against `payload` (already expanded when `expandInlineJSON`); returns its output or throws. */
export function runAction(
  executor: Executor,
  action: EventHandlerAction,
  payload: unknown,
  message: EventMessage,
): Record<string, unknown> {
  switch (action.action) {
    case 'start_workflow':
      return startWorkflowAction(executor, action, payload, message);
    case 'complete_task':
      return completeTaskAction(executor, action.complete_task ?? {}, 'COMPLETED', payload, message);
    case 'fail_task':
      return completeTaskAction(executor, action.fail_task ?? {}, 'FAILED', payload, message);
    default:
      throw new Error(
        `Action not supported ${String(action.action)} for event ${message.event}: ` +
          'Conductor OSS runs only start_workflow, complete_task and fail_task.',
      );
  }
}
