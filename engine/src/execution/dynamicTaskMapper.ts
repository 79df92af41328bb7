/**
 * DYNAMIC (reference/conductor.md §1.11, DynamicTaskMapper): the task named by the input key
 * `dynamicTaskNameParam` runs in its place — a worker task polled by that name, or the system task of that type.
 * A missing name ends the workflow with Conductor's message. The TaskDef is the DYNAMIC task's own (registered
 * under its name, else Conductor's ad-hoc def for a non-SIMPLE task: no retries, no response timeout).
 */
import type { WorkflowTask } from '../../../common/src/model';
import { javaToString } from '../expressions/resolve';
import type { TaskMapper } from './dynamicForkMapper';
import type { Aggregate, DecideEnv, TaskModel } from './model';
import { TerminateWorkflowError } from './systemTask';
import { adHocTaskDef } from './taskDefaults';
import { resolveInput } from './taskFactory';
import { isWorkerType } from './taskTypes';

/** The runtime tasks of a DYNAMIC definition task. */
export function mapDynamicTask(
  aggregate: Aggregate,
  wfTask: WorkflowTask,
  env: DecideEnv,
  iteration: number,
  map: TaskMapper,
): TaskModel[] {
  const param = wfTask.dynamicTaskNameParam ?? '';
  const input = resolveInput(aggregate, wfTask, '');
  const name = input[param];
  if (name === undefined || name === null) {
    throw new TerminateWorkflowError(
      `Cannot map a dynamic task based on the parameter and input. Parameter= ${param}, input= ${javaToString(input)}`,
    );
  }
  const taskName = javaToString(name);
  if (taskName === 'DYNAMIC') throw new TerminateWorkflowError(`A DYNAMIC task cannot run another DYNAMIC task`);
  const taskDefinition = wfTask.taskDefinition ?? {
    ...adHocTaskDef(wfTask.name),
    retryCount: 0,
    responseTimeoutSeconds: 0,
  };
  // The named task decides how it runs: workers poll it by name, a system type is executed by the engine.
  const type = isWorkerType(taskName) ? 'SIMPLE' : taskName;
  const tasks = map(aggregate, { ...wfTask, name: taskName, type, taskDefinition }, env, iteration);
  // As in Conductor the runtime task keeps its DYNAMIC definition (with the resolved name); taskType says how it runs.
  const own = tasks[0];
  if (own) own.workflowTask = { ...wfTask, name: taskName, taskDefinition };
  return tasks;
}
