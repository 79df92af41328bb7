/**
 * Where a run goes after a task finished (reference/conductor.md §1.2 getNextTask, §5.2 step 3, §5.5 skip, §5.8):
 * the next definition task, stepping over skipped ones, staying inside the current DO_WHILE iteration.
 */
import type { WorkflowDef, WorkflowTask } from '../../../common/src/model';
import { loopBaseRef } from '../expressions/contextDocument';
import { javaToString } from '../expressions/resolve';
import { nextTask } from './graph';
import { selectedBranch } from './switchMapper';
import type { Aggregate, TaskModel } from './model';

/** True when the definition task was skipped through the API. */
export function isSkipped(aggregate: Aggregate, wfTask: WorkflowTask): boolean {
  return aggregate.tasks.some((t) => t.referenceTaskName === wfTask.taskReferenceName && t.status === 'SKIPPED');
}

/** A definition task to schedule, in a DO_WHILE iteration (≥ 1) or outside loops (0). */
export interface Due {
  wfTask: WorkflowTask;
  iteration: number;
}

/** The definition task after `ref`, stepping over tasks skipped through the API (§5.5 skip). */
function following(aggregate: Aggregate, def: WorkflowDef, ref: string): WorkflowTask | undefined {
  let next = nextTask(def, ref);
  while (next && isSkipped(aggregate, next)) next = nextTask(def, next.taskReferenceName);
  return next;
}

/**
 * What comes after a finished task (§5.2 step 3): a SWITCH whose branch was scheduled with it yields nothing; a loop
 * body task's successor stays in its iteration (the graph ends a DO_WHILE body with nothing).
 */
export function successor(aggregate: Aggregate, def: WorkflowDef, task: TaskModel): Due | undefined {
  const wfTask = task.workflowTask;
  const isSwitch = task.taskType === 'SWITCH' || task.taskType === 'DECISION';
  if (isSwitch && wfTask && selectedBranch(wfTask, javaToString(task.inputData?.['case'] ?? null)).length > 0) {
    return undefined;
  }
  const next = following(aggregate, def, loopBaseRef(task));
  const iteration = task.taskType === 'DO_WHILE' ? 0 : (task.iteration ?? 0);
  return next && { wfTask: next, iteration };
}
