/**
 * Runs a reload at most once at a time. A request while one runs is served by one more run after it (requests
 * meanwhile share that run), so a burst of file events (a branch switch, Save All) costs two runs instead of one
 * per event, and a run that started before the last change can never be the last to finish. Pure: no `vscode`.
 */

/** A reload that is never run twice at once. */
export class ReloadQueue {
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;

  constructor(private readonly run: () => Promise<void>) {}

  /** Resolves once a run that started after this request has ended (rejects with its error). */
  request(): Promise<void> {
    if (!this.running) return this.start();
    const next = (): Promise<void> => {
      this.queued = undefined;
      return this.start();
    };
    this.queued ??= this.running.then(next, next);
    return this.queued;
  }

  private start(): Promise<void> {
    const running = this.run();
    this.running = running;
    const settle = (): void => {
      if (this.running === running) this.running = undefined;
    };
    running.then(settle, settle);
    return running;
  }
}
