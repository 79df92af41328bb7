/**
 * The decider (reference/conductor.md §5.2): given one run and its tasks, advances it as far as it can go now —
 * executes sync system tasks, applies timeouts and retries, schedules the next tasks of the graph, and completes or
 * fails the workflow. It works on the aggregate it is handed (a fresh copy loaded by the executor) and reports
 * every change in the returned Effects; it does no I/O.
 */
import type { WorkflowDef, WorkflowTask } from '../../../common/src/model';
import { isSuccessfulTaskStatus, isTerminalTaskStatus } from '../../../common/src/status';
import { javaToString } from '../expressions/resolve';
import { endByTerminate, failWorkflow, finishRun } from './completion';
import { nextTask } from './graph';
import { mapTask, selectedBranch } from './mappers';
import { newEffects, type Aggregate, type DecideEnv, type Effects, type TaskModel } from './model';
import { scheduleTasks } from './scheduling';
import { canRetry, newAttempt, taskFailure } from './retry';
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

function isSkipped(aggregate: Aggregate, wfTask: WorkflowTask): boolean {
  return aggregate.tasks.some((t) => t.referenceTaskName === wfTask.taskReferenceName && t.status === 'SKIPPED');
}

/** The definition task after `ref`, stepping over tasks skipped through the API (§5.5 skip). */
function following(aggregate: Aggregate, def: WorkflowDef, ref: string): WorkflowTask | undefined {
  let next = nextTask(def, ref);
  while (next && isSkipped(aggregate, next)) next = nextTask(def, next.taskReferenceName);
  return next;
}

/** What comes after a finished task; a SWITCH whose branch was scheduled with it yields nothing (§5.2 step 3). */
function successor(aggregate: Aggregate, def: WorkflowDef, task: TaskModel): WorkflowTask | undefined {
  const wfTask = task.workflowTask;
  const isSwitch = task.taskType === 'SWITCH' || task.taskType === 'DECISION';
  if (isSwitch && wfTask && selectedBranch(wfTask, javaToString(task.inputData?.['case'] ?? null)).length > 0) {
    return undefined;
  }
  return following(aggregate, def, task.referenceTaskName);
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
  if (canRetry(task, env.now)) {
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

function decideRound(context: TaskContext): boolean {
  const { aggregate, env } = context;
  const def = definitionOf(aggregate);
  if (aggregate.tasks.every((t) => t.status === 'SKIPPED')) return scheduleFirst(context, def);
  let changed = false;
  const due: WorkflowTask[] = [];
  const pending = aggregate.tasks.filter((t) => !t.retried && !t.executed && t.status !== 'SKIPPED');
  const ordered = [...pending.filter((t) => t.taskType !== 'JOIN'), ...pending.filter((t) => t.taskType === 'JOIN')];
  for (const task of ordered) {
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
      endByTerminate(task, context.aggregate, context.env, context.effects);
      return false;
    }
    const next = successor(aggregate, def, task);
    if (next) due.push(next);
  }
  for (const wfTask of due) {
    if (aggregate.tasks.some((t) => t.referenceTaskName === wfTask.taskReferenceName)) continue;
    scheduleTasks(mapTask(aggregate, wfTask, env), context);
  }
  if (!changed && aggregate.tasks.every((t) => isTerminalTaskStatus(t.status))) {
    finishRun(aggregate, env, context.effects);
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
