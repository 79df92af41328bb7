/**
 * The sweeper (reference/conductor.md §5.2 step 6): re-decides workflows whose timers are due — retry delays
 * ending, task and workflow timeouts, WAIT deadlines. Timers are entries of the durable decider queue, so after a
 * restart the sweeper simply resumes from the store. Entries are leased while being decided: a crash mid-sweep
 * brings them back.
 */
import type { Executor } from './executor';
import { DECIDER_QUEUE } from './queueNames';

/** Longest single sleep; a safety net in case a timer event is missed. */
const MAX_SLEEP_MS = 30_000;
/** How long a popped entry stays hidden while its workflow is decided. */
const LEASE_MS = 30_000;
const BATCH = 100;

/** Arms one timer for the earliest due entry of the decider queue and re-arms after each sweep. */
export class Sweeper {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly onQueue = (name: string): void => {
    if (name === DECIDER_QUEUE) this.arm();
  };

  constructor(
    private readonly executor: Executor,
    private readonly onError: (error: unknown, workflowId: string) => void = () => undefined,
  ) {}

  /** Starts sweeping (idempotent). */
  start(): void {
    this.stopped = false;
    this.executor.events.on('queue', this.onQueue);
    this.arm();
  }

  /** Stops the timer; pending entries stay in the store for the next start. */
  stop(): void {
    this.stopped = true;
    this.executor.events.off('queue', this.onQueue);
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Decides every due workflow now; returns how many were decided. */
  sweep(): number {
    let decided = 0;
    for (;;) {
      const now = this.executor.clock();
      const ids = this.executor.store.queues.popVisible(DECIDER_QUEUE, BATCH, now, { leaseMs: LEASE_MS });
      for (const id of ids) {
        try {
          this.executor.decide(id);
        } catch (error) {
          // A removed workflow has nothing left to time; any other failure retries when the lease ends.
          if (!this.executor.store.workflows.get(id)) this.executor.store.queues.remove(DECIDER_QUEUE, id);
          else this.onError(error, id);
        }
      }
      decided += ids.length;
      if (ids.length < BATCH) return decided;
    }
  }

  private arm(): void {
    if (this.stopped) return;
    const next = this.executor.store.queues.nextVisibleAt(DECIDER_QUEUE);
    if (next === undefined) return;
    const delay = Math.min(Math.max(next - this.executor.clock(), 0), MAX_SLEEP_MS);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sweep();
      this.arm();
    }, delay);
    this.timer.unref();
  }
}
