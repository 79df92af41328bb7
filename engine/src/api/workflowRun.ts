/**
 * SignalResponse bodies (reference/conductor.md §1.8): a WorkflowRun for TARGET_WORKFLOW / BLOCKING_WORKFLOW, a
 * TaskRun of the blocking (or last) task for BLOCKING_TASK / BLOCKING_TASK_INPUT.
 */
import type { ReturnStrategy, SignalResponse } from '../../../common/src/model';
import { toApiTask, type Aggregate, type TaskModel } from '../execution/model';
import { blockingTask } from '../execution/waitFor';
import { BadRequestError } from '../http';

const STRATEGIES: ReadonlySet<string> = new Set([
  'TARGET_WORKFLOW',
  'BLOCKING_WORKFLOW',
  'BLOCKING_TASK',
  'BLOCKING_TASK_INPUT',
]);

/** The `returnStrategy` query value (default TARGET_WORKFLOW); 400 for unknown ones. */
export function returnStrategyOf(value: string | undefined): ReturnStrategy {
  if (value === undefined) return 'TARGET_WORKFLOW';
  if (!STRATEGIES.has(value)) {
    throw new BadRequestError(`Unknown returnStrategy '${value}': use ${[...STRATEGIES].join(', ')}.`);
  }
  return value as ReturnStrategy;
}

/** Builds the SignalResponse of `aggregate` for `strategy`. */
export function signalResponse(
  aggregate: Aggregate,
  strategy: ReturnStrategy,
  extra: { requestId?: string | undefined; signalTimeout: boolean },
): SignalResponse {
  const { workflow } = aggregate;
  const base: SignalResponse = {
    responseType: strategy,
    targetWorkflowId: workflow.workflowId,
    targetWorkflowStatus: workflow.status,
    workflowId: workflow.workflowId,
    signalTimeout: extra.signalTimeout,
  };
  if (extra.requestId !== undefined) base.requestId = extra.requestId;
  if (workflow.correlationId !== undefined) base.correlationId = workflow.correlationId;
  if (strategy === 'TARGET_WORKFLOW' || strategy === 'BLOCKING_WORKFLOW') return workflowRun(aggregate, base);
  const task = blockingTask(aggregate) ?? aggregate.tasks[aggregate.tasks.length - 1];
  return task ? taskRun(aggregate, task, base, strategy) : { ...base, status: workflow.status };
}

/** §1.8 WorkflowRun fields. */
function workflowRun(aggregate: Aggregate, base: SignalResponse): SignalResponse {
  const { workflow } = aggregate;
  return {
    ...base,
    input: workflow.input ?? {},
    output: workflow.output ?? {},
    priority: workflow.priority ?? 0,
    variables: workflow.variables ?? {},
    tasks: aggregate.tasks.map(toApiTask),
    status: workflow.status,
    ...(workflow.createTime !== undefined ? { createTime: workflow.createTime } : {}),
    ...(workflow.updateTime !== undefined ? { updateTime: workflow.updateTime } : {}),
    ...(workflow.createdBy !== undefined ? { createdBy: workflow.createdBy } : {}),
  };
}

/** §1.8 TaskRun fields of `task`; BLOCKING_TASK_INPUT leaves the output out. */
function taskRun(
  aggregate: Aggregate,
  task: TaskModel,
  base: SignalResponse,
  strategy: ReturnStrategy,
): SignalResponse {
  const run: SignalResponse = {
    ...base,
    taskType: task.taskType,
    taskId: task.taskId,
    referenceTaskName: task.referenceTaskName,
    retryCount: task.retryCount ?? 0,
    taskDefName: task.taskDefName ?? task.taskType,
    workflowType: aggregate.workflow.workflowName,
    status: task.status,
    input: task.inputData ?? {},
    output: strategy === 'BLOCKING_TASK_INPUT' ? {} : (task.outputData ?? {}),
  };
  if (task.retriedTaskId !== undefined) run.retriedTaskId = task.retriedTaskId;
  if (task.reasonForIncompletion !== undefined) run.reasonForIncompletion = task.reasonForIncompletion;
  return run;
}
