/**
 * DO_WHILE (reference/conductor.md §5.8): when every body task of the current iteration has finished, its outputs
 * are recorded under `output["N"]`, and `loopCondition` is evaluated with `$` = the resolved loop input plus
 * `{<loopRef>: loopOutput, <bodyRef>: latest output}`: true schedules iteration N+1 (`<ref>__N+1`), false completes
 * the loop. A failed body task fails the loop; an evaluation error is FAILED_WITH_TERMINAL_ERROR.
 * (`items` list mode and `keepLastN` are not implemented.)
 */
import { isSuccessfulTaskStatus, isTerminalTaskStatus } from '../../../../common/src/status';
import type { WorkflowTask } from '../../../../common/src/model';
import { baseRef } from '../../expressions/contextDocument';
import { evalBool, loopConditionMessage } from '../../scripts';
import { childLists } from '../graph';
import { mapTask } from '../mappers';
import type { TaskModel } from '../model';
import { scheduleTasks } from '../scheduling';
import { scriptRuntime } from '../scriptRuntime';
import { finishTask, registerSystemTask, type TaskContext } from '../systemTask';

function bodyRefs(loopOver: readonly WorkflowTask[], into = new Set<string>()): Set<string> {
  for (const task of loopOver) {
    into.add(task.taskReferenceName);
    for (const list of childLists(task)) bodyRefs(list, into);
  }
  return into;
}

/** The latest attempt of each body task of iteration `n`, or undefined while any of them is still open. */
function finishedIteration(loop: TaskModel, context: TaskContext, n: number): TaskModel[] | undefined {
  const refs = bodyRefs(loop.workflowTask?.loopOver ?? []);
  const body = context.aggregate.tasks.filter(
    (t) => t.iteration === n && t.taskType !== 'DO_WHILE' && refs.has(baseRef(t.referenceTaskName)) && !t.retried,
  );
  const open = body.some((t) => !isTerminalTaskStatus(t.status) || !t.executed);
  return open || body.length === 0 ? undefined : body;
}

function conditionInput(loop: TaskModel, body: readonly TaskModel[]): Record<string, unknown> {
  const input: Record<string, unknown> = { ...(loop.inputData ?? {}) };
  input[loop.referenceTaskName] = loop.outputData ?? {};
  for (const task of body) input[baseRef(task.referenceTaskName)] = task.outputData ?? {};
  return input;
}

function execute(loop: TaskModel, context: TaskContext): boolean {
  const n = loop.iteration ?? 1;
  const body = finishedIteration(loop, context, n);
  if (!body) return false;
  const failed = body.filter((t) => !isSuccessfulTaskStatus(t.status));
  if (failed.length > 0) {
    finishTask(loop, 'FAILED', context, failed.map((t) => t.reasonForIncompletion ?? '').join(' '));
    return true;
  }
  const outputs = Object.fromEntries(body.map((t) => [baseRef(t.referenceTaskName), t.outputData ?? {}]));
  loop.outputData = { ...(loop.outputData ?? {}), [String(n)]: outputs, iteration: n };
  context.effects.changedTasks.add(loop);
  const condition = loop.workflowTask?.loopCondition ?? 'false';
  const sandbox = scriptRuntime.sandbox;
  const verdict = sandbox
    ? evalBool(sandbox, condition, conditionInput(loop, body))
    : { ok: false as const, reason: 'the script runtime is not available' };
  if (!verdict.ok) {
    finishTask(loop, 'FAILED_WITH_TERMINAL_ERROR', context, loopConditionMessage(condition, verdict.reason));
    return true;
  }
  if (!verdict.value) {
    finishTask(loop, 'COMPLETED', context);
    return true;
  }
  loop.iteration = n + 1;
  loop.outputData = { ...loop.outputData, iteration: n + 1 };
  const first = loop.workflowTask?.loopOver?.[0];
  if (first) scheduleTasks(mapTask(context.aggregate, first, context.env, n + 1), context);
  return true;
}

registerSystemTask('DO_WHILE', { execute });
