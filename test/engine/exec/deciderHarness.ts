/**
 * Pure decider harness: builds an aggregate from a definition, runs `decide` with a controllable clock, and lets a
 * test play the worker (complete/fail the scheduled task of a reference).
 */
import type { TaskDef, WorkflowDef } from '../../../common/src/model';
import type { TaskStatus } from '../../../common/src/status';
import { decide } from '../../../engine/src/execution/decider';
import type { Aggregate, DecideEnv, Effects, TaskModel } from '../../../engine/src/execution/model';
import { populateTaskDefinitions } from '../../../engine/src/execution/taskDefaults';

/** A run under test with its clock. */
export interface Run {
  aggregate: Aggregate;
  now: number;
  last: Effects | undefined;
  decide(): Effects;
  task(ref: string): TaskModel;
  finish(ref: string, status: TaskStatus, output?: Record<string, unknown>, reason?: string): Effects;
}

/** Starts a run of `def` at t=1,000,000 with `defs` as registered task definitions. */
export function run(def: WorkflowDef, input: Record<string, unknown> = {}, defs: TaskDef[] = []): Run {
  let seq = 0;
  const workflowDefinition = populateTaskDefinitions(def, (name) => defs.find((d) => d.name === name));
  const state: Run = {
    now: 1_000_000,
    last: undefined,
    aggregate: {
      workflow: {
        workflowId: 'wf',
        workflowName: def.name,
        workflowVersion: def.version ?? 1,
        status: 'RUNNING',
        input,
        output: {},
        variables: {},
        createTime: 1_000_000,
        workflowDefinition,
      },
      tasks: [],
    },
    decide() {
      const env: DecideEnv = { now: state.now, newId: () => `t${++seq}`, lastPollTime: () => undefined };
      state.last = decide(state.aggregate, env);
      return state.last;
    },
    task(ref) {
      const found = [...state.aggregate.tasks].reverse().find((t) => t.referenceTaskName === ref);
      if (!found) throw new Error(`no task ${ref} in ${state.aggregate.tasks.map((t) => t.referenceTaskName).join()}`);
      return found;
    },
    finish(ref, status, output = {}, reason) {
      const task = state.task(ref);
      task.status = status;
      task.outputData = output;
      task.endTime = state.now;
      if (reason !== undefined) task.reasonForIncompletion = reason;
      return state.decide();
    },
  };
  state.decide();
  return state;
}

/** A workflow definition of SIMPLE tasks named after their refs. */
export function simpleDef(name: string, refs: string[], extra: Partial<WorkflowDef> = {}): WorkflowDef {
  return {
    name,
    version: 1,
    tasks: refs.map((ref) => ({ name: ref, taskReferenceName: ref, type: 'SIMPLE' })),
    ...extra,
  };
}
