/**
 * Refreshes the Executions view while it is visible and has something to watch: running executions every few
 * seconds, or an unreachable server with a growing delay (so a stopped server is not hammered), and nothing while the
 * view is hidden. No `vscode` import: the view wires visibility in.
 */

/** Delay between polls while everything answers. */
export const POLL_INTERVAL_MS = 3_000;
/** Longest delay after repeated failures. */
export const MAX_BACKOFF_MS = 60_000;

/** The delay before the next poll after `failures` failed polls in a row (doubling, capped). */
export function nextPollDelay(failures: number, interval = POLL_INTERVAL_MS): number {
  return Math.min(interval * 2 ** Math.max(0, failures), MAX_BACKOFF_MS);
}

/** What the poller polls. */
export interface PollTarget {
  /** True when a poll could show something new (running executions, or a failure to recover from). */
  wantsPolling(): boolean;
  /** Refreshes; resolves with false when the refresh failed. */
  poll(): Promise<boolean>;
}

/** A self-rescheduling timer that only runs while visible. */
export class ExecutionPoller {
  private timer: NodeJS.Timeout | undefined;
  private visible = false;
  private failures = 0;
  private disposed = false;
  // While a poll runs its end reschedules; scheduling meanwhile would start a second chain.
  private polling = false;

  constructor(
    private readonly target: PollTarget,
    private readonly interval = POLL_INTERVAL_MS,
  ) {}

  /** True while a poll is scheduled. */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  /** Starts polling when shown, stops when hidden. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.schedule();
    else this.cancel();
  }

  /** Re-evaluates after a manual refresh or filter change (e.g. a new running execution to watch). */
  kick(): void {
    if (this.visible && !this.timer) this.schedule();
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
  }

  private schedule(): void {
    this.cancel();
    if (this.polling || this.disposed || !this.visible || !this.target.wantsPolling()) return;
    this.timer = setTimeout(() => void this.tick(), nextPollDelay(this.failures, this.interval));
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    this.polling = true;
    const ok = await this.target.poll().catch(() => false);
    this.polling = false;
    this.failures = ok ? 0 : this.failures + 1;
    this.schedule();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
