/**
 * Counts the updates a diagram page has applied (drawings, highlights, banners, details) and lets the in-VS-Code
 * tests' probes wait for a condition on them, bounded: a page that stops drawing fails the probe instead of hanging
 * it. Pure: no `vscode` import.
 */

/** How long a probe waits for the page by default. */
export const PAGE_UPDATE_TIMEOUT_MS = 20_000;

/** The updates of one page and the probes waiting on them. */
export class PageUpdates {
  /** How many updates the page has applied so far. */
  count = 0;
  private waiters: { condition: () => boolean; done: () => void }[] = [];

  /** Resolves once `condition` holds (checked now and after each update); rejects after `timeoutMs`. */
  until(condition: () => boolean, timeoutMs = PAGE_UPDATE_TIMEOUT_MS): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        condition,
        done: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        reject(new Error(`The diagram page did not update within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The page applied one more update: the waiters whose condition now holds are released. */
  updated(): void {
    this.count++;
    const ready = this.waiters.filter((waiter) => waiter.condition());
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.done();
  }
}
