/**
 * DO_WHILE (reference/conductor.md §5.8, DoWhile.java): when every body task of the current iteration has finished,
 * its outputs are recorded under `output["N"]` (older ones dropped with `keepLastN`), then the loop goes on while
 * `loopCondition` holds — evaluated with `$` = the resolved loop input plus `{<loopRef>: loopOutput}` and the latest
 * output of every body reference — and, in `items` list mode, while items remain (`loopIndex`/`loopItem` in the
 * input and output). A failed body task fails the loop; an evaluation error is FAILED_WITH_TERMINAL_ERROR.
 */
import { isSuccessfulTaskStatus, isTerminalTaskStatus } from '../../../../common/src/status';
import { baseRef } from '../../expressions/contextDocument';
import { evalBool, loopConditionMessage } from '../../scripts';
import { bodyRefs, enterIteration, isListIteration, keepLastIterations, loopItems } from '../loopIterations';
import { mapTask } from '../mappers';
import type { TaskModel } from '../model';
import { scheduleTasks } from '../scheduling';
import { scriptRuntime } from '../scriptRuntime';
import { resolveInput } from '../taskFactory';
import { finishTask, registerSystemTask, type TaskContext } from '../systemTask';

type Verdict = { ok: true; value: boolean } | { ok: false; reason: string };

/** The latest attempt of each body task of iteration `n`, or undefined while any of them is still open. */
function finishedIteration(loop: TaskModel, context: TaskContext, n: number): TaskModel[] | undefined {
  const refs = bodyRefs(loop.workflowTask?.loopOver ?? []);
  const body = context.aggregate.tasks.filter(
    (t) => t.iteration === n && t !== loop && refs.has(baseRef(t.referenceTaskName)) && !t.retried,
  );
  const open = body.some((t) => !isTerminalTaskStatus(t.status) || !t.executed);
  return open || body.length === 0 ? undefined : body;
}

function conditionInput(loop: TaskModel, context: TaskContext, items: unknown[] | undefined) {
  // Conductor resolves the loop's inputParameters again for every evaluation (variables may have changed).
  const wfTask = loop.workflowTask;
  const input = wfTask ? resolveInput(context.aggregate, wfTask, loop.taskId) : { ...(loop.inputData ?? {}) };
  input[loop.referenceTaskName] = loop.outputData ?? {};
  const refs = bodyRefs(loop.workflowTask?.loopOver ?? []);
  for (const task of context.aggregate.tasks) {
    const ref = baseRef(task.referenceTaskName);
    if (task !== loop && refs.has(ref)) input[ref] = task.outputData ?? {};
  }
  if (items) {
    const index = (loop.iteration ?? 1) - 1;
    input['loopIndex'] = index;
    if (index < items.length) input['loopItem'] = items[index];
  }
  return input;
}

/** §5.8: loopCondition via evalBool; in list mode also "more items remain" (no condition = items only). */
function shouldContinue(loop: TaskModel, context: TaskContext, items: unknown[] | undefined): Verdict {
  const condition = loop.workflowTask?.loopCondition;
  const more = items ? (loop.iteration ?? 1) < items.length : true;
  if (items && (condition === undefined || condition.trim() === '')) return { ok: true, value: more };
  const sandbox = scriptRuntime.sandbox;
  if (!sandbox) return { ok: false, reason: 'the script runtime is not available' };
  const verdict = evalBool(sandbox, condition ?? 'false', conditionInput(loop, context, items));
  return verdict.ok ? { ok: true, value: verdict.value && more } : verdict;
}

function execute(loop: TaskModel, context: TaskContext): boolean {
  const n = loop.iteration ?? 1;
  const body = finishedIteration(loop, context, n);
  if (!body) return false;
  const outputs: Record<string, unknown> = {};
  const failed = body.find((t) => !isSuccessfulTaskStatus(t.status));
  for (const task of body) {
    outputs[baseRef(task.referenceTaskName)] = task.outputData ?? {};
    if (task === failed) break;
  }
  loop.outputData = { ...(loop.outputData ?? {}), [String(n)]: outputs };
  context.effects.changedTasks.add(loop);
  keepLastIterations(loop, context);
  if (failed) {
    finishTask(loop, 'FAILED', context, `${failed.reasonForIncompletion ?? 'null'} `);
    return true;
  }
  const items =
    loop.workflowTask && isListIteration(loop.workflowTask) ? loopItems(context.aggregate, loop) : undefined;
  const verdict = shouldContinue(loop, context, items);
  if (!verdict.ok) {
    const condition = loop.workflowTask?.loopCondition ?? '';
    finishTask(loop, 'FAILED_WITH_TERMINAL_ERROR', context, loopConditionMessage(condition, verdict.reason));
    return true;
  }
  if (!verdict.value) {
    finishTask(loop, 'COMPLETED', context);
    return true;
  }
  enterIteration(loop, n + 1, items);
  const first = loop.workflowTask?.loopOver?.[0];
  if (first) scheduleTasks(mapTask(context.aggregate, first, context.env, n + 1), context);
  return true;
}

registerSystemTask('DO_WHILE', { execute });
