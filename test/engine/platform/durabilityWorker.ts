/**
 * A worker loop over plain HTTP for the durability test: polls task types in batches, "works" briefly, completes
 * each task with an output derived from its input, and retries an update against whichever engine is current
 * when the previous one was killed (as SDK workers retry). It counts how often it executed each task.
 */

/** Where the worker finds the current engine; `url()` waits while the engine is being restarted. */
export interface EngineLocator {
  url(): Promise<string>;
}

/** The output the durability workflow expects from each task type, from the task's input `v`. */
export const STEP: Readonly<Record<string, (v: number) => number>> = {
  durable_add: (v) => v + 1,
  durable_double: (v) => v * 2,
  durable_add3: (v) => v + 3,
};

interface PolledTask {
  taskId: string;
  workflowInstanceId: string;
  inputData?: { v?: number };
}

/** Retries `fn` while the engine is unreachable (connection refused/reset), up to `attempts` times. */
async function withEngine<T>(locator: EngineLocator, fn: (url: string) => Promise<T>, attempts = 50): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const url = await locator.url();
    try {
      return await fn(url);
    } catch (error) {
      if (attempt >= attempts) throw error;
      // A killed engine refuses connections until the locator hands out the restarted one.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

async function complete(locator: EngineLocator, task: PolledTask, type: string): Promise<void> {
  const v = STEP[type]?.(task.inputData?.v ?? Number.NaN);
  const result = {
    workflowInstanceId: task.workflowInstanceId,
    taskId: task.taskId,
    status: 'COMPLETED',
    outputData: { v },
  };
  await withEngine(locator, async (url) => {
    const response = await fetch(`${url}/api/tasks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(result),
    });
    if (response.status >= 500) throw new Error(`update answered ${response.status}`);
    await response.text();
  });
}

/** Counts executions per task id and wakes whoever waits for a number of distinct executed tasks. */
export class Progress {
  readonly executions = new Map<string, number>();
  private waiters: { count: number; resolve: () => void }[] = [];

  /** Records one execution of `taskId`. */
  record(taskId: string): void {
    this.executions.set(taskId, (this.executions.get(taskId) ?? 0) + 1);
    const due = this.waiters.filter((waiter) => this.executions.size >= waiter.count);
    this.waiters = this.waiters.filter((waiter) => this.executions.size < waiter.count);
    due.forEach((waiter) => waiter.resolve());
  }

  /** Resolves once `count` distinct tasks were executed, or after `timeoutMs` (the caller then goes on anyway). */
  reached(count: number, timeoutMs: number): Promise<void> {
    if (this.executions.size >= count) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }
}

/** Polls every type until `stop()` is true, recording each execution in `progress`. */
export async function runWorker(locator: EngineLocator, stop: () => boolean, progress: Progress): Promise<void> {
  while (!stop()) {
    for (const type of Object.keys(STEP)) {
      const tasks = await withEngine(locator, async (url) => {
        const response = await fetch(`${url}/api/tasks/poll/batch/${type}?workerid=durability&count=5&timeout=50`);
        if (response.status !== 200) throw new Error(`poll answered ${response.status}`);
        return (await response.json()) as PolledTask[];
      }).catch(() => [] as PolledTask[]);
      for (const task of tasks) {
        progress.record(task.taskId);
        await complete(locator, task, type).catch(() => undefined);
      }
    }
  }
}
