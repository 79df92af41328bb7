/**
 * START_WORKFLOW (reference/conductor.md §1.11, StartWorkflow.java): an asynchronous system task that starts the
 * workflow described by `inputParameters.startWorkflow` (a StartWorkflowRequest) and COMPLETES at once with output
 * `workflowId` — fire-and-forget, the started run is not a child. It inherits the starter's correlationId and
 * taskToDomain when the request has none. Bad requests and start errors FAIL the task with Conductor's reasons.
 */
import type { StartWorkflowRequest, Task } from '../../../../common/src/model';
import { AsyncTaskWorker, type AsyncWork } from '../asyncTaskWorker';
import type { Executor } from '../executor';
import { startWorkflow } from '../starter';
import { registerQueuedSystemTask } from './asyncTasks';

const TYPE = 'START_WORKFLOW';

type Outcome = Awaited<ReturnType<AsyncWork>>;

const failed = (reason: string): Outcome => ({ status: 'FAILED', output: {}, reasonForIncompletion: reason });

/** The request with Conductor's bean checks (name required, priority 0..99), or the failure to report. */
function readRequest(input: Record<string, unknown>): StartWorkflowRequest | Outcome {
  const value = input['startWorkflow'];
  if (value === undefined || value === null) return failed("Missing 'startWorkflow' in input data.");
  if (typeof value !== 'object' || Array.isArray(value)) {
    return failed(
      `Error reading StartWorkflowRequest. Cannot deserialize a StartWorkflowRequest from ${JSON.stringify(value)}`,
    );
  }
  const request = value as StartWorkflowRequest;
  const violations: string[] = [];
  if (typeof request.name !== 'string') violations.push("'name' -> Workflow name cannot be null or empty. ");
  const priority = request.priority ?? 0;
  if (priority < 0) violations.push(`'priority' -> priority: ${priority} should be minimum 0. `);
  if (priority > 99) violations.push(`'priority' -> priority: ${priority} should be maximum 99. `);
  return violations.length > 0 ? failed(`startWorkflow validation failed. ${violations.join('')}`) : request;
}

/** Starts the requested workflow on behalf of `task`'s run. */
function run(executor: Executor, input: Record<string, unknown>, task: Task): Outcome {
  const request = readRequest(input);
  if ('status' in request) return request;
  const starter = executor.store.workflows.get(task.workflowInstanceId);
  const copy: StartWorkflowRequest = { ...request };
  if (!copy.taskToDomain || Object.keys(copy.taskToDomain).length === 0)
    copy.taskToDomain = starter?.taskToDomain ?? {};
  if (!copy.correlationId?.trim() && starter?.correlationId) copy.correlationId = starter.correlationId;
  try {
    return { status: 'COMPLETED', output: { workflowId: startWorkflow(executor, copy) } };
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}

registerQueuedSystemTask(TYPE);

/** The background worker that runs queued START_WORKFLOW tasks of `executor`. */
export function startWorkflowWorker(executor: Executor, log: (message: string) => void): AsyncTaskWorker {
  const work: AsyncWork = (input, _asyncComplete, task) => Promise.resolve(run(executor, input, task));
  return new AsyncTaskWorker(executor, TYPE, work, (error) => log(`START_WORKFLOW task failed: ${String(error)}`));
}
