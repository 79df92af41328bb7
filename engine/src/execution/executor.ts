/**
 * The executor: loads a run, lets the decider (or a lifecycle operation) change it and saves the result in one store
 * transaction, so a crash leaves the old or the new state; after commit it wakes long polls and announces changes.
 */
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../http';
import type { Store } from '../store';
import { isTerminalWorkflowStatus } from '../../../common/src/status';
import { decide } from './decider';
import {
  mergeEffects,
  newEffects,
  type Aggregate,
  type DecideEnv,
  type Effects,
  type TaskModel,
  type WorkflowModel,
  type WorkflowStart,
} from './model';
import { GroupCommit } from './groupCommit';
import { DECIDER_QUEUE } from './queueNames';

/** A change to apply to a loaded run before it is decided (unless `mutate(…, false)`); its result is returned. */
export type Mutation<T> = (aggregate: Aggregate, env: DecideEnv, effects: Effects) => T;

/** Runs decisions against the store. */
export class Executor {
  /** Emits `queue` (queueName) when tasks become available and `workflow` (workflowId) after each saved change. */
  readonly events = new EventEmitter();
  /** Shares one commit among the write requests of one event-loop turn (see groupCommit.ts). */
  readonly groupCommit = new GroupCommit(this);
  private depth = 0;
  private readonly touchedQueues = new Set<string>();
  private readonly touchedWorkflows = new Set<string>();
  /** Starts a workflow from a request with a chosen id; set by the workflow service (failure workflows). */
  startWorkflow: (start: WorkflowStart) => void = () => undefined;
  /** Terminates a workflow (children of canceled SUB_WORKFLOW tasks); set by the composition root. */
  terminateWorkflow: (workflowId: string, reason: string) => void = () => undefined;
  /** Reports a finished child run to its parent's SUB_WORKFLOW task; set by the composition root. */
  notifyParent: (child: WorkflowModel) => void = () => undefined;

  constructor(
    readonly store: Store,
    readonly clock: () => number = Date.now,
  ) {
    this.events.setMaxListeners(0);
  }

  /** A decision environment at the current time. */
  env(): DecideEnv {
    return {
      now: this.clock(),
      newId: randomUUID,
      lastPollTime: (taskType, domain) =>
        this.store.pollData.list(taskType).find((data) => (data.domain ?? '') === domain)?.lastPollTime,
      taskDef: (name) => this.store.taskDefs.get(name),
    };
  }

  /** Loads a run (its tasks left out, `[]`, when `withTasks` is false), or throws §3.2's 404. */
  load(workflowId: string, withTasks = true): Aggregate {
    const workflow = this.store.workflows.get(workflowId) as WorkflowModel | undefined;
    if (!workflow) throw new NotFoundError(`No such workflow found by id: ${workflowId}`);
    return { workflow, tasks: withTasks ? (this.store.tasks.listByWorkflow(workflowId) as TaskModel[]) : [] };
  }

  /** Runs `fn` in one transaction; queue and workflow notifications go out after the outermost commit. */
  transaction<T>(fn: () => T): T {
    this.depth++;
    try {
      return this.store.transaction(fn);
    } finally {
      this.depth--;
      if (this.depth === 0) this.flushNotifications();
    }
  }

  /**
   * Loads `workflowId`, applies `mutate`, decides (unless `decideAfter` is false) and saves, atomically.
   * Returns what `mutate` returned.
   */
  mutate<T>(workflowId: string, mutate: Mutation<T>, decideAfter = true): T {
    return this.transaction(() => {
      const aggregate = this.load(workflowId);
      const env = this.env();
      const effects = newEffects();
      const result = mutate(aggregate, env, effects);
      this.save(aggregate, decideAfter ? mergeEffects(effects, decide(aggregate, env)) : effects, env, decideAfter);
      return result;
    });
  }

  /** Decides one run now (§3.2 PUT /decide; also after task updates and by the sweeper). */
  decide(workflowId: string): void {
    this.mutate(workflowId, () => undefined);
  }

  /** Persists a new run and decides it, in one transaction (§5.1: if deciding fails, nothing is kept). */
  insertAndDecide(aggregate: Aggregate): void {
    this.transaction(() => {
      const env = this.env();
      const effects = decide(aggregate, env);
      effects.workflowChanged = true;
      this.save(aggregate, effects, env, true, true);
    });
  }

  /**
   * Writes the effects of a mutation; `decided` says whether `effects.wakeAt` is the run's complete timer set,
   * `isNew` that the run was never saved before. Removed tasks (§5.8 keepLastN) are deleted after the puts.
   */
  save(aggregate: Aggregate, effects: Effects, env: DecideEnv, decided: boolean, isNew = false): void {
    const { workflow } = aggregate;
    if (effects.workflowChanged || effects.changedTasks.size > 0) {
      workflow.updateTime = env.now;
      this.store.workflows.put(workflow);
      this.touchedWorkflows.add(workflow.workflowId);
    }
    for (const task of effects.changedTasks) this.store.tasks.put(task);
    for (const taskId of effects.removedTasks) this.store.tasks.delete(taskId);
    for (const entry of effects.dequeue) this.store.queues.remove(entry.queueName, entry.taskId);
    for (const entry of effects.enqueue) {
      const { queueName, taskId, visibleAt, priority } = entry;
      this.store.queues.postpone(queueName, taskId, { visibleAt, priority });
      this.touchedQueues.add(entry.queueName);
    }
    if (decided && workflow.status === 'RUNNING' && effects.wakeAt !== undefined) {
      this.store.queues.postpone(DECIDER_QUEUE, workflow.workflowId, { visibleAt: effects.wakeAt });
      this.touchedQueues.add(DECIDER_QUEUE);
    } else if (!isNew && (decided || workflow.status !== 'RUNNING')) {
      // A new run has no decider-queue entry to remove: skipping the DELETE saves a statement per start.
      this.store.queues.remove(DECIDER_QUEUE, workflow.workflowId);
    }
    for (const start of effects.startWorkflows) this.startWorkflow(start);
    for (const end of effects.terminateWorkflows) this.terminateWorkflow(end.workflowId, end.reason);
    if (effects.workflowChanged && workflow.parentWorkflowTaskId && isTerminalWorkflowStatus(workflow.status)) {
      this.notifyParent(workflow);
    }
  }

  private flushNotifications(): void {
    const queues = [...this.touchedQueues];
    const workflows = [...this.touchedWorkflows];
    this.touchedQueues.clear();
    this.touchedWorkflows.clear();
    for (const queue of queues) this.events.emit('queue', queue);
    for (const id of workflows) this.events.emit('workflow', id);
  }
}
