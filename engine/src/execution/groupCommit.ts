/**
 * Group commit: write operations that arrive in the same event-loop turn (concurrent HTTP requests) run in one
 * store transaction, so one fsync covers them all instead of one per request. If the shared transaction fails,
 * every operation is retried alone in its own transaction, so one bad request never takes others down with it.
 * Callers get their result only after the commit that made it durable.
 */
import type { Executor } from './executor';

interface Pending {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Batches synchronous store operations per event-loop turn. */
export class GroupCommit {
  private pending: Pending[] = [];

  constructor(private readonly executor: Executor) {}

  /** Runs `operation` in the next batch; resolves with its result once committed. */
  submit<T>(operation: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ run: operation, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    let results: unknown[];
    try {
      results = this.executor.transaction(() => batch.map((item) => item.run()));
    } catch {
      // Something in the batch failed and rolled everything back: run each alone to isolate the failure.
      for (const item of batch) {
        try {
          item.resolve(this.executor.transaction(item.run));
        } catch (error) {
          item.reject(error);
        }
      }
      return;
    }
    batch.forEach((item, i) => item.resolve(results[i]));
  }
}
