/**
 * SUB_WORKFLOW (reference/conductor.md §1.11, §5.9): starting the task starts the child run (named by
 * `subWorkflowParam`, latest version when none, or its inline `workflowDefinition`) with the task input as its input,
 * inheriting correlationId and taskToDomain. The task stays IN_PROGRESS with output `subWorkflowId` until the child
 * ends; `../subWorkflows.ts` then completes it. Idempotency keys and priority expressions are not
 * implemented.
 */
import type { StartWorkflowRequest } from '../../../../common/src/model';
import type { TaskModel } from '../model';
import { registerSystemTask, type TaskContext } from '../systemTask';

function start(task: TaskModel, context: TaskContext): void {
  const { workflow } = context.aggregate;
  const params = task.workflowTask?.subWorkflowParam ?? {};
  const inline = typeof params.workflowDefinition === 'object' ? params.workflowDefinition : undefined;
  const request: StartWorkflowRequest = {
    name: params.name ?? inline?.name ?? '',
    input: task.inputData ?? {},
    taskToDomain: params.taskToDomain ?? workflow.taskToDomain ?? {},
    priority: typeof params.priority === 'number' ? params.priority : (workflow.priority ?? 0),
  };
  if (params.version !== undefined) request.version = params.version;
  if (inline) request.workflowDef = inline;
  if (workflow.correlationId !== undefined) request.correlationId = workflow.correlationId;
  const childId = context.env.newId();
  task.subWorkflowId = childId;
  task.outputData = { subWorkflowId: childId };
  context.effects.startWorkflows.push({
    workflowId: childId,
    request,
    parent: { workflowId: workflow.workflowId, taskId: task.taskId },
  });
}

registerSystemTask('SUB_WORKFLOW', { start, execute: () => false });
