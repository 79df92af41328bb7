/**
 * Drains the engine's event queues while it runs (Conductor's event queue listeners): EVENT task messages and
 * messages published through the API go to the matching event handlers; `/api/queue/update` messages complete or
 * fail their task. Work starts after the commit that queued it (the executor's `queue` notification) and runs
 * outside any request; entries are leased, then removed once handled, so a crash re-delivers them after a
 * restart. Every failure is logged and the message acknowledged: a bad message never blocks the queue.
 */
import type { Executor } from '../execution/executor';
import { DEFAULT_QUEUES, PROCESSED_QUEUES, type DefaultQueueStatus } from './eventQueues';
import { ackMessage, loadMessage, type EventMessage } from './eventMessages';
import { handleMessage, type EventExecution } from './handlerRunner';
import { applyQueueUpdate } from './queueUpdate';

const LEASE_MS = 60_000;
const BATCH = 32;

const statusOfQueue = (queueName: string): DefaultQueueStatus | undefined =>
  (Object.keys(DEFAULT_QUEUES) as DefaultQueueStatus[]).find((status) => DEFAULT_QUEUES[status] === queueName);

/** Describes one execution for the log. */
function describe(execution: EventExecution): string {
  const what = `Event handler ${execution.name} (${execution.event}) message ${execution.messageId}`;
  const detail = execution.output['exception'] ?? execution.output['error'];
  const reason = typeof detail === 'string' ? `: ${detail}` : '';
  return `${what}: ${execution.action ?? 'condition'} ${execution.status}${reason}`;
}

/** Processes queued event messages; `start()`/`stop()` follow the engine's lifetime. */
export class EventProcessor {
  private stopped = true;
  private pending: NodeJS.Immediate | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly onQueue = (name: string): void => {
    if (PROCESSED_QUEUES.includes(name)) this.schedule();
  };

  constructor(
    private readonly executor: Executor,
    private readonly log: (message: string) => void,
  ) {}

  /** Starts listening, beginning with messages left from before a restart. */
  start(): void {
    this.stopped = false;
    this.executor.events.on('queue', this.onQueue);
    this.schedule();
  }

  /** Stops taking messages; nothing is in flight (handling is synchronous). */
  stop(): void {
    this.stopped = true;
    this.executor.events.off('queue', this.onQueue);
    if (this.pending) clearImmediate(this.pending);
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.stopped || this.pending) return;
    this.pending = setImmediate(() => {
      this.pending = undefined;
      this.drain();
    });
  }

  private drain(): void {
    const now = this.executor.clock();
    let handled = 0;
    for (const queueName of PROCESSED_QUEUES) {
      const ids = this.executor.store.queues.popVisible(queueName, BATCH, now, { leaseMs: LEASE_MS });
      for (const id of ids) this.process(queueName, id);
      handled += ids.length;
    }
    if (handled > 0) this.schedule();
    else this.armLeaseTimer();
  }

  /** Leased entries of a crashed run come back when their lease ends; wake up then. */
  private armLeaseTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    const next = PROCESSED_QUEUES.map((name) => this.executor.store.queues.nextVisibleAt(name))
      .filter((time): time is number => time !== undefined)
      .sort((a, b) => a - b)[0];
    if (next === undefined || this.stopped) return;
    this.timer = setTimeout(() => this.schedule(), Math.max(next - this.executor.clock(), 0) + 1);
    this.timer.unref();
  }

  private process(queueName: string, id: string): void {
    try {
      const message = loadMessage(this.executor, queueName, id);
      if (message) this.dispatch(queueName, message);
    } catch (error) {
      this.log(`Event message ${id} on ${queueName} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      ackMessage(this.executor, queueName, id);
    }
  }

  private dispatch(queueName: string, message: EventMessage): void {
    const status = statusOfQueue(queueName);
    if (status) {
      const problem = applyQueueUpdate(this.executor, status, message);
      if (problem) this.log(problem);
      return;
    }
    for (const execution of handleMessage(this.executor, message)) {
      if (execution.status !== 'COMPLETED') this.log(describe(execution));
    }
  }
}
