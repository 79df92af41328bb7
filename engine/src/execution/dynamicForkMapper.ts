/**
 * FORK_JOIN_DYNAMIC (reference/conductor.md §5.7, ForkJoinDynamicTaskMapper): a COMPLETED task of type FORK whose
 * input lists the forked references (`forkedTasks`, `forkedTaskDefs`), the first runtime task of every branch, and
 * the JOIN that follows in the definition, whose runtime `joinOn` is the last task of each branch (the definition's
 * joinOn is ignored). A branch reference that already exists ends the workflow with Conductor's message.
 */
import type { WorkflowTask } from '../../../common/src/model';
import { loopBaseRef } from '../expressions/contextDocument';
import { dynamicForkBranches } from './dynamicForkInputs';
import { nextTask } from './graph';
import type { Aggregate, DecideEnv, TaskModel } from './model';
import { TerminateWorkflowError } from './systemTask';
import { withTaskDefinition } from './taskDefaults';
import { createTask } from './taskFactory';

/** Maps one definition task to runtime tasks (the general mapper, passed in to keep the modules acyclic). */
export type TaskMapper = (aggregate: Aggregate, wfTask: WorkflowTask, env: DecideEnv, iteration: number) => TaskModel[];

const NO_JOIN = 'Dynamic join definition is not followed by a join task.  Check the workflow definition.';

function duplicateMessage(aggregate: Aggregate, branch: WorkflowTask, ref: string): string {
  const { workflow } = aggregate;
  const def = workflow.workflowDefinition;
  const shortName = `${def?.name ?? workflow.workflowName}.${def?.version ?? workflow.workflowVersion}/${workflow.workflowId}`;
  return (
    `No dynamic tasks could be created for the Workflow: ${shortName}, Dynamic Fork Task: ` +
    `${branch.name}/${branch.taskReferenceName} attempted to create a duplicate task reference name: ${ref}`
  );
}

/** The FORK, the first task of every branch and the JOIN, in schedule order. */
export function mapDynamicFork(
  aggregate: Aggregate,
  wfTask: WorkflowTask,
  env: DecideEnv,
  iteration: number,
  map: TaskMapper,
): TaskModel[] {
  const def = aggregate.workflow.workflowDefinition;
  const join = def ? nextTask(def, wfTask.taskReferenceName) : undefined;
  const fork = createTask(aggregate, wfTask, env, 'COMPLETED', iteration);
  const nested = aggregate.tasks.some((t) => t.workflowTask?.type === 'FORK_JOIN_DYNAMIC');
  const branches = dynamicForkBranches(wfTask, fork.inputData ?? {}, nested).map((b) =>
    withTaskDefinition(b, env.taskDef),
  );
  if (!join || join.type !== 'JOIN') throw new TerminateWorkflowError(NO_JOIN);
  Object.assign(fork, { taskType: 'FORK', taskDefName: 'FORK', startTime: env.now, endTime: env.now });
  fork.inputData = {
    ...fork.inputData,
    forkedTasks: branches.map((b) => b.taskReferenceName),
    forkedTaskDefs: branches,
  };
  const created: TaskModel[] = [fork];
  const joinOn: string[] = [];
  for (const branch of branches) {
    const known = [...aggregate.tasks, ...created];
    const ref = iteration > 0 ? `${branch.taskReferenceName}__${iteration}` : branch.taskReferenceName;
    if (known.some((t) => t.referenceTaskName === ref)) {
      throw new TerminateWorkflowError(duplicateMessage(aggregate, branch, branch.taskReferenceName));
    }
    const tasks = map({ ...aggregate, tasks: known }, branch, env, iteration);
    created.push(...tasks);
    const last = tasks[tasks.length - 1];
    // Stored without the loop suffix, as Conductor does; the JOIN appends its own iteration.
    if (last) joinOn.push(loopBaseRef(last));
  }
  const joinTasks = map({ ...aggregate, tasks: [...aggregate.tasks, ...created] }, join, env, iteration);
  for (const task of joinTasks) task.inputData = { ...task.inputData, joinOn };
  return [...created, ...joinTasks];
}
