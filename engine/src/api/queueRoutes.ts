/**
 * `/api/queue` (reference/conductor.md §3.4, Conductor's `QueueAdminResource`): the default queues' names and
 * sizes, and `update/…`, which publishes a message that completes or fails a waiting task (WAIT, HUMAN, an
 * asyncComplete EVENT…). Like Conductor, the update is asynchronous: 200 at once, the task changes right after.
 *
 * Local extension: `POST /api/queue/publish/{event}` publishes the body as a message to a `conductor:` queue, so a
 * user can fire event handlers without a workflow. Conductor OSS has no REST endpoint for that (its messages come
 * from EVENT tasks or brokers); the path keeps clear of every Conductor route.
 */
import { TASK_STATUSES } from '../../../common/src/status';
import type { Executor } from '../execution/executor';
import { BadRequestError, empty, json, text, type ApiRequest, type Router } from '../http';
import {
  CONDUCTOR_QUEUE_TYPE,
  DEFAULT_QUEUES,
  STORED_MESSAGES_QUEUE,
  publishMessage,
  updatePayload,
  type DefaultQueueStatus,
} from '../events';
import { objectBody } from './workflowView';

const BASE = '/api/queue';

/** Conductor's IllegalArgumentException for a status without a default queue (→ 400). */
export const noQueueFor = (status: string): string =>
  `There is no queue for handling ${status} status: use COMPLETED or FAILED.`;
/** 400 for a publish to a queue type other than `conductor`, the only one the local engine has. */
export const notConductorQueue = (event: string): string =>
  `Cannot publish to '${event}': the local engine only has ${CONDUCTOR_QUEUE_TYPE} queues. ` +
  `Use an event such as ${CONDUCTOR_QUEUE_TYPE}:<workflowName>:<queue>, as in the event handler's 'event'.`;

function statusOf(request: ApiRequest): DefaultQueueStatus {
  const status = request.param('status');
  if (status === 'COMPLETED' || status === 'FAILED') return status;
  if ((TASK_STATUSES as readonly string[]).includes(status)) throw new BadRequestError(noQueueFor(status));
  throw new BadRequestError(`'${status}' is not a task status: use COMPLETED or FAILED.`);
}

function publishUpdate(executor: Executor, request: ApiRequest, target: Record<string, string>) {
  const status = statusOf(request);
  const payload = updatePayload(
    { workflowId: request.param('workflowId'), ...target },
    objectBody(request, 'the output to merge into the task'),
  );
  publishMessage(executor, DEFAULT_QUEUES[status], {
    event: `${CONDUCTOR_QUEUE_TYPE}:${DEFAULT_QUEUES[status]}`,
    payload,
  });
  return empty();
}

/** Registers `/api/queue/*` on `router`. */
export function registerQueueRoutes(router: Router, executor: Executor): void {
  const { queues } = executor.store;
  router.route('GET', `${BASE}/size`, () =>
    json(Object.fromEntries(Object.values(DEFAULT_QUEUES).map((name) => [name, queues.size(name)]))),
  );
  router.route('GET', BASE, () => json(DEFAULT_QUEUES));
  router.route('POST', `${BASE}/update/{workflowId}/{taskRefName}/{status}`, (request) =>
    publishUpdate(executor, request, { taskRefName: request.param('taskRefName') }),
  );
  router.route('POST', `${BASE}/update/{workflowId}/task/{taskId}/{status}`, (request) =>
    publishUpdate(executor, request, { taskId: request.param('taskId') }),
  );
  router.route('POST', `${BASE}/publish/{event}`, (request) => {
    const event = request.param('event');
    if (!event.startsWith(`${CONDUCTOR_QUEUE_TYPE}:`) || event.length <= CONDUCTOR_QUEUE_TYPE.length + 1) {
      throw new BadRequestError(notConductorQueue(event));
    }
    return text(publishMessage(executor, STORED_MESSAGES_QUEUE, { event, payload: request.optionalJson() ?? {} }));
  });
}
