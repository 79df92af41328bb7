/**
 * The contract of system tasks run by the engine itself (reference/conductor.md §1.11, §5.2), their registry, and
 * the error that ends a workflow from inside a decision (Conductor's TerminateWorkflowException).
 */
import type { WorkflowStatus } from '../../../common/src/status';
import type { Aggregate, DecideEnv, Effects, TaskModel } from './model';

/** What a system task sees while it runs: the run, the clock and the effects of the current decision. */
export interface TaskContext {
  aggregate: Aggregate;
  env: DecideEnv;
  effects: Effects;
}

/** A system task implementation. */
export interface SystemTaskHandler {
  /** Runs once right after the task is created IN_PROGRESS (e.g. WAIT computes its deadline). */
  start?(task: TaskModel, context: TaskContext): void;
  /** Runs on every decide while the task is not terminal; returns true when it changed the task. */
  execute(task: TaskModel, context: TaskContext): boolean;
}

/** Ends the workflow from inside a decision with `status` (§5.3); `task` is the task that caused it. */
export class TerminateWorkflowError extends Error {
  constructor(
    message: string,
    readonly status: WorkflowStatus = 'FAILED',
    readonly task?: TaskModel,
  ) {
    super(message);
  }
}

const handlers = new Map<string, SystemTaskHandler>();

/** Registers the implementation of a runtime task type (part 2 adds HTTP, INLINE, DO_WHILE… this way). */
export function registerSystemTask(taskType: string, handler: SystemTaskHandler): void {
  handlers.set(taskType, handler);
}

/** The implementation of `taskType`, or undefined when the engine has none. */
export function systemTaskHandler(taskType: string): SystemTaskHandler | undefined {
  return handlers.get(taskType);
}

/** Marks a task terminal with `status` at `now`, recording the change. */
export function finishTask(task: TaskModel, status: TaskModel['status'], context: TaskContext, reason?: string): void {
  task.status = status;
  task.endTime = context.env.now;
  task.updateTime = context.env.now;
  if (reason !== undefined) task.reasonForIncompletion = reason;
  context.effects.changedTasks.add(task);
}
