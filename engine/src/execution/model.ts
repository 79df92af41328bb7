/**
 * The execution aggregate the decider works on: one workflow run with its tasks, plus the effects a decision has
 * on the outside world (queues, timers, other workflows). Persisting them is the executor's job; the decider only
 * computes (reference/conductor.md §5.2).
 */
import type { StartWorkflowRequest, Task, TaskDef, Workflow } from '../../../common/src/model';

/** A runtime task plus the engine-internal timers Conductor keeps on its TaskModel (§1.7), stripped on output. */
export interface TaskModel extends Task {
  seq: number;
  /** WAIT: epoch ms at which the wait ends. */
  waitTimeout?: number;
  /** First schedule of the first attempt, for totalTimeoutSeconds (§5.4). */
  firstScheduledTime?: number;
}

/** A runtime workflow without its task list (tasks travel beside it in the aggregate). */
export type WorkflowModel = Omit<Workflow, 'tasks'> & { workflowName: string; workflowVersion: number };

/** Java's WorkflowModel.toShortString, `<name>.<version>/<id>`, as Conductor's messages name a run. */
export function workflowShortString(workflow: WorkflowModel): string {
  const name = workflow.workflowDefinition?.name ?? workflow.workflowName;
  const version = workflow.workflowDefinition?.version ?? workflow.workflowVersion;
  return `${name}.${String(version)}/${workflow.workflowId}`;
}

/** Java's WorkflowModel.toString, `<name>.<version>/<id>.<status>`, which some of Conductor's messages print. */
export function workflowString(workflow: WorkflowModel): string {
  return `${workflowShortString(workflow)}.${workflow.status}`;
}

/** One run and all its tasks, tasks ordered by `seq`. */
export interface Aggregate {
  workflow: WorkflowModel;
  tasks: TaskModel[];
}

/** A queue entry to add (visible at `visibleAt`) or remove. */
export interface QueueOp {
  queueName: string;
  taskId: string;
  visibleAt: number;
  priority: number;
}

/** What the outside world provides to a decision: the clock, ids and the recent pollers of a queue (§5.10). */
export interface DecideEnv {
  now: number;
  newId(): string;
  /** Last poll of `taskType` in `domain` by any worker (§5.10 active domains). */
  lastPollTime: (taskType: string, domain: string) => number | undefined;
  /** The registered TaskDef of `name`, for tasks created at run time (dynamic forks, DYNAMIC); absent = none. */
  taskDef?: (name: string) => TaskDef | undefined;
}

/** A workflow to start on behalf of a run. */
export interface WorkflowStart {
  workflowId: string;
  request: StartWorkflowRequest;
  /** Set for sub-workflows: the SUB_WORKFLOW task that waits for the child. */
  parent?: { workflowId: string; taskId: string };
  /** Set for failure workflows: the run that failed, whose output names the failure workflow (§5.5). */
  failureOf?: string;
}

/** Everything a decision changed; the executor saves it in the same transaction. */
export interface Effects {
  workflowChanged: boolean;
  changedTasks: Set<TaskModel>;
  enqueue: QueueOp[];
  dequeue: { queueName: string; taskId: string }[];
  /** Workflows to start (failure workflows, sub-workflows with their parent task), with the id chosen for them. */
  startWorkflows: WorkflowStart[];
  /** Child workflows to terminate because their parent task was canceled (§5.9). */
  terminateWorkflows: { workflowId: string; reason: string }[];
  /** Tasks deleted from the run (DO_WHILE keepLastN, §5.8), by id. */
  removedTasks: string[];
  /** Earliest time something in this run is due (timeouts, WAIT, retries) and needs another decide. */
  wakeAt: number | undefined;
}

/** An empty effects record. */
export function newEffects(): Effects {
  return {
    workflowChanged: false,
    changedTasks: new Set(),
    enqueue: [],
    dequeue: [],
    startWorkflows: [],
    terminateWorkflows: [],
    removedTasks: [],
    wakeAt: undefined,
  };
}

/** Records `at` as a wake-up time when it is earlier than the one already known. */
export function wakeAt(effects: Effects, at: number): void {
  if (effects.wakeAt === undefined || at < effects.wakeAt) effects.wakeAt = at;
}

/** The engine-internal fields removed before a task leaves the engine. */
export function toApiTask(task: TaskModel): Task {
  const { waitTimeout: _wait, firstScheduledTime: _first, ...api } = task;
  const queueWaitTime = api.startTime && api.scheduledTime ? api.startTime - api.scheduledTime : 0;
  return {
    ...api,
    taskDefName: api.taskDefName ?? api.taskType,
    queueWaitTime,
    loopOverTask: (api.iteration ?? 0) > 0,
  };
}

/** The effects of a mutation followed by those of the decision after it. */
export function mergeEffects(first: Effects, second: Effects): Effects {
  return {
    workflowChanged: first.workflowChanged || second.workflowChanged,
    changedTasks: new Set([...first.changedTasks, ...second.changedTasks]),
    enqueue: [...first.enqueue, ...second.enqueue],
    dequeue: [...first.dequeue, ...second.dequeue],
    startWorkflows: [...first.startWorkflows, ...second.startWorkflows],
    terminateWorkflows: [...first.terminateWorkflows, ...second.terminateWorkflows],
    removedTasks: [...first.removedTasks, ...second.removedTasks],
    wakeAt: second.wakeAt,
  };
}
