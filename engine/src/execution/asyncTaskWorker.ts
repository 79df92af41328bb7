/**
 * Runs asynchronous system tasks (reference/conductor.md §5.2: HTTP is queued, not executed in the decide loop).
 * Their handler queues them on `_system:<TYPE>`; this worker pops an entry under a lease, performs the work outside
 * any transaction, then applies the outcome like a worker's task update (which decides the workflow) and drops the
 * entry. A crash mid-call leaves the leased entry in the store, so the call is made again after a restart
 * (at-least-once, as with Conductor's system task workers).
 */
import { isTerminalTaskStatus } from '../../../common/src/status';
import type { Task, TaskResult } from '../../../common/src/model';
import type { Executor } from './executor';
import { updateTask } from './taskUpdates';

/** The queue of an async system task type. */
export const systemQueue = (taskType: string): string => `_system:${taskType}`;

/** What an async system task does with its input (`task` is the stored task, for work that needs its run). */
export type AsyncWork = (
  input: Record<string, unknown>,
  asyncComplete: boolean,
  task: Task,
) => Promise<{ status: TaskResult['status']; output: Record<string, unknown>; reasonForIncompletion?: string }>;

const LEASE_MS = 60_000;
const BATCH = 8;

/** Polls one system queue, triggered by queue events and by lease expiry. */
export class AsyncTaskWorker {
  private timer: NodeJS.Timeout | undefined;
  private running = 0;
  private stopped = false;
  private readonly queueName: string;
  private readonly onQueue = (name: string): void => {
    if (name === this.queueName) this.drain();
  };

  constructor(
    private readonly executor: Executor,
    taskType: string,
    private readonly work: AsyncWork,
    private readonly onError: (error: unknown) => void,
  ) {
    this.queueName = systemQueue(taskType);
  }

  /** Starts draining the queue, including entries left from before a restart. */
  start(): void {
    this.executor.events.on('queue', this.onQueue);
    this.drain();
  }

  /** Stops taking new entries; calls in flight finish and apply their outcome if the store is still open. */
  stop(): void {
    this.stopped = true;
    this.executor.events.off('queue', this.onQueue);
    if (this.timer) clearTimeout(this.timer);
  }

  private drain(): void {
    if (this.stopped) return;
    const ids = this.executor.store.queues.popVisible(this.queueName, BATCH, this.executor.clock(), {
      leaseMs: LEASE_MS,
    });
    for (const id of ids) void this.run(id);
    this.arm();
  }

  private arm(): void {
    const next = this.executor.store.queues.nextVisibleAt(this.queueName);
    if (this.timer) clearTimeout(this.timer);
    if (next === undefined || this.stopped) return;
    this.timer = setTimeout(() => this.drain(), Math.max(next - this.executor.clock(), 0) + 1);
    this.timer.unref();
  }

  private async run(taskId: string): Promise<void> {
    this.running++;
    try {
      const task = this.executor.store.tasks.get(taskId);
      if (!task || isTerminalTaskStatus(task.status)) return;
      const outcome = await this.work(task.inputData ?? {}, task.workflowTask?.asyncComplete === true, task);
      if (this.stopped) return;
      const result: TaskResult = {
        workflowInstanceId: task.workflowInstanceId,
        taskId,
        status: outcome.status,
        outputData: outcome.output,
      };
      if (outcome.reasonForIncompletion !== undefined) result.reasonForIncompletion = outcome.reasonForIncompletion;
      updateTask(this.executor, result);
    } catch (error) {
      this.onError(error);
    } finally {
      this.running--;
      if (!this.stopped) this.executor.store.queues.remove(this.queueName, taskId);
    }
  }
}
