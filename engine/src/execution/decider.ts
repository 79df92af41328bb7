/**
 * The decider (reference/conductor.md §5.2): given one run and its tasks, advances it as far as it can go now —
 * executes sync system tasks, applies timeouts and retries, schedules the next tasks of the graph, and completes or
 * fails the workflow. It works on the aggregate it is handed (a fresh copy loaded by the executor) and reports
 * every change in the returned Effects; it does no I/O.
 */
import type { WorkflowDef } from '../../../common/src/model';
import { isSuccessfulTaskStatus, isTerminalTaskStatus } from '../../../common/src/status';
import { endByTerminate, failWorkflow, finishRun } from './completion';
import { mapTask } from './mappers';
import { newEffects, type Aggregate, type DecideEnv, type Effects, type TaskModel } from './model';
import { scheduleTasks } from './scheduling';
import { isSkipped, successor, type Due } from './successors';
import { canRetry, newAttempt, taskFailure, totalTimeoutFailure } from './retry';
import { finishTask, systemTaskHandler, TerminateWorkflowError, type TaskContext } from './systemTask';
import './tasks';
import { checkTaskTimeouts, checkWorkflowTimeout } from './timeouts';
import { isWorkerTask } from './taskTypes';

/** Bound on rounds per decide, as Conductor bounds its loop by the lock lease (§5.2). */
const MAX_ROUNDS = 1000;

/** Decides one run; see the file comment. Only RUNNING workflows move (PAUSED and terminal ones do nothing). */
export function decide(aggregate: Aggregate, env: DecideEnv): Effects {
  const effects = newEffects();
  if (aggregate.workflow.status !== 'RUNNING') return effects;
  try {
    for (let round = 0; round < MAX_ROUNDS && aggregate.workflow.status === 'RUNNING'; round++) {
      effects.wakeAt = undefined;
      checkWorkflowTimeout(aggregate, env, effects);
      if (!decideRound({ aggregate, env, effects })) break;
    }
  } catch (error) {
    if (!(error instanceof TerminateWorkflowError)) throw error;
    const failure = { status: error.status, reason: error.message, task: error.task, fromDecider: true };
    failWorkflow(aggregate, env, effects, failure);
  }
  return effects;
}

function definitionOf(aggregate: Aggregate): WorkflowDef {
  const def = aggregate.workflow.workflowDefinition;
  if (!def) throw new TerminateWorkflowError(`Workflow ${aggregate.workflow.workflowId} has no definition`);
  return def;
}

/** Runs a non-terminal task's own logic: a system task executes, a worker task is checked for timeouts. */
function advance(task: TaskModel, context: TaskContext): boolean {
  if (isWorkerTask(task)) return checkTaskTimeouts(task, context.env, context.effects);
  const handler = systemTaskHandler(task.taskType);
  if (handler) return handler.execute(task, context);
  const reason = `Task type ${task.taskType} is not supported by this local engine yet`;
  finishTask(task, 'FAILED_WITH_TERMINAL_ERROR', context, reason);
  return true;
}

/** Retries or accepts a failed task; throws to end the workflow when neither applies (§5.3). */
function handleFailure(task: TaskModel, context: TaskContext): 'retried' | 'continue' {
  const { aggregate, env, effects } = context;
  if (canRetry(task)) {
    const spent = totalTimeoutFailure(task, env.now);
    if (spent) throw spent;
    effects.changedTasks.add(task);
    scheduleTasks([newAttempt(aggregate, task, env)], context);
    return 'retried';
  }
  if (task.workflowTask?.optional) {
    task.status = 'COMPLETED_WITH_ERRORS';
    effects.changedTasks.add(task);
  } else if (!task.workflowTask?.permissive) {
    throw taskFailure(task);
  }
  return 'continue';
}

/** JOIN and DO_WHILE look at other tasks' outcomes, so they run after the others and their successors. */
const isLate = (task: TaskModel): boolean => task.taskType === 'JOIN' || task.taskType === 'DO_WHILE';

function decideRound(context: TaskContext): boolean {
  const { aggregate, env } = context;
  const def = definitionOf(aggregate);
  if (aggregate.tasks.every((t) => t.status === 'SKIPPED')) return scheduleFirst(context, def);
  const pending = aggregate.tasks.filter((t) => !t.retried && !t.executed && t.status !== 'SKIPPED');
  const early = processTasks(
    pending.filter((t) => !isLate(t)),
    context,
    def,
  );
  if (early === 'ended') return false;
  const late = processTasks(pending.filter(isLate), context, def);
  if (late === 'ended') return false;
  const changed = early || late;
  if (!changed && aggregate.tasks.every((t) => isTerminalTaskStatus(t.status))) {
    finishRun(aggregate, env, context.effects);
  }
  return changed;
}

/** Advances `tasks`, then schedules their successors; 'ended' when a TERMINATE ended the run. */
function processTasks(tasks: readonly TaskModel[], context: TaskContext, def: WorkflowDef): boolean | 'ended' {
  const { aggregate, env } = context;
  let changed = false;
  const due: Due[] = [];
  for (const task of tasks) {
    if (!isTerminalTaskStatus(task.status)) changed = advance(task, context) || changed;
    if (!isTerminalTaskStatus(task.status)) continue;
    if (!isSuccessfulTaskStatus(task.status) && handleFailure(task, context) === 'retried') {
      changed = true;
      continue;
    }
    task.executed = true;
    context.effects.changedTasks.add(task);
    changed = true;
    if (task.taskType === 'TERMINATE' && task.status === 'COMPLETED') {
      endByTerminate(task, aggregate, env, context.effects);
      return 'ended';
    }
    const next = successor(aggregate, def, task);
    if (next) due.push(next);
  }
  for (const { wfTask, iteration } of due) {
    const ref = iteration > 0 ? `${wfTask.taskReferenceName}__${iteration}` : wfTask.taskReferenceName;
    if (aggregate.tasks.some((t) => t.referenceTaskName === ref)) continue;
    scheduleTasks(mapTask(aggregate, wfTask, env, iteration), context);
  }
  return changed;
}

function scheduleFirst(context: TaskContext, def: WorkflowDef): boolean {
  const first = def.tasks.find((t) => !isSkipped(context.aggregate, t));
  if (!first) {
    finishRun(context.aggregate, context.env, context.effects);
    return false;
  }
  scheduleTasks(mapTask(context.aggregate, first, context.env), context);
  return true;
}
