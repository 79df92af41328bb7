/**
 * Turns a definition task that is due into the runtime tasks to schedule (reference/conductor.md §1.11 mappers,
 * §5.6–5.8): worker tasks are SCHEDULED; system tasks start IN_PROGRESS; SWITCH/DECISION (switchMapper.ts) evaluate
 * their case now and bring the first task of the chosen branch; FORK_JOIN brings the first task of every lane plus
 * its JOIN, FORK_JOIN_DYNAMIC its branches (dynamicForkMapper.ts); DYNAMIC becomes the task it names; DO_WHILE
 * brings its first body task of iteration 1.
 */
import type { WorkflowTask } from '../../../common/src/model';
import { mapDynamicFork } from './dynamicForkMapper';
import { mapDynamicTask } from './dynamicTaskMapper';
import { enterIteration, isListIteration, loopItems } from './loopIterations';
import { nextTask } from './graph';
import { mapSwitch } from './switchMapper';
import type { Aggregate, DecideEnv, TaskModel } from './model';
import { TerminateWorkflowError } from './systemTask';
import { createTask } from './taskFactory';
import { isWorkerType } from './taskTypes';

const FORK_WITHOUT_JOIN = 'Fork task definition is not followed by a join task.  Check the blueprint';

/**
 * The runtime tasks for `wfTask`, in schedule order (not yet added to the aggregate). Inside a DO_WHILE body
 * `iteration` (≥ 1) suffixes the references with `__N` (§5.8).
 */
export function mapTask(aggregate: Aggregate, wfTask: WorkflowTask, env: DecideEnv, iteration = 0): TaskModel[] {
  const type = wfTask.type ?? 'SIMPLE';
  if (isWorkerType(type)) return [createTask(aggregate, wfTask, env, 'SCHEDULED', iteration)];
  if (type === 'SWITCH' || type === 'DECISION') return mapSwitch(aggregate, wfTask, env, iteration, mapTask);
  if (type === 'FORK_JOIN') return mapFork(aggregate, wfTask, env, iteration);
  if (type === 'DYNAMIC') return mapDynamicTask(aggregate, wfTask, env, iteration, mapTask);
  if (type === 'FORK_JOIN_DYNAMIC') return mapDynamicFork(aggregate, wfTask, env, iteration, mapTask);
  if (type === 'DO_WHILE') return mapDoWhile(aggregate, wfTask, env);
  const task = createTask(aggregate, wfTask, env, 'IN_PROGRESS', iteration);
  task.startTime = env.now;
  // §5.7 Join/ExclusiveJoinTaskMapper name the task after its type, not the definition task's name.
  if (type === 'JOIN' || type === 'EXCLUSIVE_JOIN') task.taskDefName = type;
  if (type === 'JOIN') task.inputData = { ...task.inputData, joinOn: wfTask.joinOn ?? [] };
  // §1.11 EXCLUSIVE_JOIN: its input is only what it joins on (ExclusiveJoinTaskMapper).
  if (type === 'EXCLUSIVE_JOIN') task.inputData = exclusiveJoinInput(wfTask);
  return [task];
}

/** WorkflowTask's defaultExclusiveJoinTask defaults to an empty list, so the key is always there. */
function exclusiveJoinInput(wfTask: WorkflowTask): Record<string, unknown> {
  return { joinOn: wfTask.joinOn ?? [], defaultExclusiveJoinTask: wfTask.defaultExclusiveJoinTask ?? [] };
}

function mapFork(aggregate: Aggregate, wfTask: WorkflowTask, env: DecideEnv, iteration: number): TaskModel[] {
  const def = aggregate.workflow.workflowDefinition;
  const join = def ? nextTask(def, wfTask.taskReferenceName) : undefined;
  if (!join || join.type !== 'JOIN') throw new TerminateWorkflowError(FORK_WITHOUT_JOIN);
  const fork = createTask(aggregate, wfTask, env, 'IN_PROGRESS', iteration);
  Object.assign(fork, { taskDefName: 'FORK', startTime: env.now });
  const created: TaskModel[] = [fork];
  for (const lane of wfTask.forkTasks ?? []) {
    const first = lane[0];
    const sofar = { ...aggregate, tasks: [...aggregate.tasks, ...created] };
    if (first) created.push(...mapTask(sofar, first, env, iteration));
  }
  created.push(...mapTask({ ...aggregate, tasks: [...aggregate.tasks, ...created] }, join, env, iteration));
  return created;
}

/**
 * §5.8 DO_WHILE: the loop task (IN_PROGRESS, iteration 1, with `loopIndex`/`loopItem` in list mode) and the first
 * body task as `<ref>__1`; an empty `items` list completes the loop at once with iteration 0.
 */
function mapDoWhile(aggregate: Aggregate, wfTask: WorkflowTask, env: DecideEnv): TaskModel[] {
  const loop = createTask(aggregate, wfTask, env, 'IN_PROGRESS');
  loop.startTime = env.now;
  const items = isListIteration(wfTask) ? loopItems(aggregate, loop) : undefined;
  if (items?.length === 0) {
    Object.assign(loop, { status: 'COMPLETED', endTime: env.now, iteration: 0, outputData: { iteration: 0 } });
    return [loop];
  }
  enterIteration(loop, 1, items);
  const first = wfTask.loopOver?.[0];
  return first ? [loop, ...mapTask({ ...aggregate, tasks: [...aggregate.tasks, loop] }, first, env, 1)] : [loop];
}
