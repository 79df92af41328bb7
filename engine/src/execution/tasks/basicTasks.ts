/**
 * The simple synchronous system tasks (reference/conductor.md §1.11): NOOP, SET_VARIABLE, TERMINATE, FORK and
 * SWITCH/DECISION (their work happens when they are mapped, so executing only completes them), plus HUMAN, which
 * waits for an external update.
 */
import { finishTask, registerSystemTask, type TaskContext } from '../systemTask';
import type { TaskModel } from '../model';

/** §5.11 maxWorkflowVariablesPayloadSizeThreshold. */
const MAX_VARIABLES_BYTES = 256 * 1024;
const TERMINATION_STATUSES = new Set(['COMPLETED', 'FAILED', 'TERMINATED']);

const complete = (task: TaskModel, context: TaskContext): boolean => {
  finishTask(task, 'COMPLETED', context);
  return true;
};

function setVariable(task: TaskModel, context: TaskContext): boolean {
  const { workflow } = context.aggregate;
  const variables = { ...(workflow.variables ?? {}), ...(task.inputData ?? {}) };
  const size = Buffer.byteLength(JSON.stringify(variables));
  if (size > MAX_VARIABLES_BYTES) {
    const reason = `The variables payload size: ${size} of workflow: ${workflow.workflowId} is greater than the permissible limit: ${MAX_VARIABLES_BYTES} bytes`;
    finishTask(task, 'FAILED_WITH_TERMINAL_ERROR', context, reason);
    return true;
  }
  workflow.variables = variables;
  context.effects.workflowChanged = true;
  return complete(task, context);
}

/** §1.11 TERMINATE: the task output is `workflowOutput` (a map, or `{output: value}`); the decider ends the run. */
function terminate(task: TaskModel, context: TaskContext): boolean {
  const input = task.inputData ?? {};
  const status = input['terminationStatus'];
  if (typeof status !== 'string' || !TERMINATION_STATUSES.has(status)) {
    const reason = `terminationStatus must be one of COMPLETED, FAILED or TERMINATED, got: ${String(status)}`;
    finishTask(task, 'FAILED_WITH_TERMINAL_ERROR', context, reason);
    return true;
  }
  const output = input['workflowOutput'];
  const isMap = typeof output === 'object' && output !== null && !Array.isArray(output);
  task.outputData = isMap ? (output as Record<string, unknown>) : output === undefined ? {} : { output };
  return complete(task, context);
}

registerSystemTask('NOOP', { execute: complete });
registerSystemTask('FORK', { execute: complete });
registerSystemTask('SWITCH', { execute: complete });
registerSystemTask('DECISION', { execute: complete });
registerSystemTask('SET_VARIABLE', { execute: setVariable });
registerSystemTask('TERMINATE', { execute: terminate });
registerSystemTask('HUMAN', { execute: () => false });
