/**
 * INLINE, LAMBDA and JSON_JQ_TRANSFORM (reference/conductor.md §1.11), synchronous system tasks run on the shared
 * script/jq runtimes; the outcome's output is merged into the task output, its status and reason copied.
 */
import { runJsonJqTransform } from '../../jq';
import { runInline, runLambda } from '../../scripts';
import type { TaskModel } from '../model';
import { scriptRuntime } from '../scriptRuntime';
import { finishTask, registerSystemTask, type TaskContext } from '../systemTask';

const UNAVAILABLE = 'The script runtime of the local engine is not available (engine starting or stopping); retry.';

interface Outcome {
  status: 'COMPLETED' | 'FAILED' | 'FAILED_WITH_TERMINAL_ERROR';
  output: Record<string, unknown>;
  reasonForIncompletion?: string;
}

function apply(task: TaskModel, context: TaskContext, outcome: Outcome | undefined): boolean {
  if (!outcome) {
    finishTask(task, 'FAILED', context, UNAVAILABLE);
    return true;
  }
  task.outputData = { ...(task.outputData ?? {}), ...outcome.output };
  finishTask(task, outcome.status, context, outcome.reasonForIncompletion);
  return true;
}

registerSystemTask('INLINE', {
  execute: (task, context) => {
    const sandbox = scriptRuntime.sandbox;
    return apply(task, context, sandbox && runInline(sandbox, task.inputData ?? {}));
  },
});
registerSystemTask('LAMBDA', {
  execute: (task, context) => {
    const sandbox = scriptRuntime.sandbox;
    return apply(task, context, sandbox && runLambda(sandbox, task.inputData ?? {}));
  },
});
registerSystemTask('JSON_JQ_TRANSFORM', {
  execute: (task, context) => {
    const jq = scriptRuntime.jq;
    return apply(task, context, jq && runJsonJqTransform(jq, task.inputData ?? {}));
  },
});
