/**
 * Part 2 of `bench/engine.ts`: the poll→update round trip through the official JS SDK worker (TaskManager, batch
 * poll + update-v2). Each workflow has one SIMPLE task; the worker stamps the time it received the task, and the
 * round trip is measured from the engine scheduling the task to the workflow being COMPLETED.
 */
import { createConductorClient, noopLogger, TaskManager } from '@io-orkes/conductor-javascript';

const WORKFLOW = {
  name: 'bench_worker',
  version: 1,
  schemaVersion: 2,
  ownerEmail: 'bench@example.com',
  tasks: [{ name: 'bench_task', taskReferenceName: 't', type: 'SIMPLE' }],
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs `total` single-task workflows through an SDK worker and prints p50/p99 of start→COMPLETED. */
export async function runSdkWorkerBench(baseUrl: string, total: number): Promise<void> {
  const api = `${baseUrl}/api`;
  const post = (path: string, body: unknown): Promise<Response> =>
    fetch(`${api}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  await post('/metadata/workflow?overwrite=true', WORKFLOW);
  const client = await createConductorClient({ serverUrl: baseUrl, logger: noopLogger });
  const manager = new TaskManager(
    client,
    [
      {
        taskDefName: 'bench_task',
        execute: () => Promise.resolve({ status: 'COMPLETED' as const, outputData: { ok: true } }),
      },
    ],
    { logger: noopLogger, options: { concurrency: 1, pollInterval: 1, batchPollingTimeout: 100 } },
  );
  manager.startPolling();
  const latencies: number[] = [];
  try {
    for (let i = 0; i < total; i++) {
      const started = performance.now();
      const id = await (await post('/workflow/bench_worker', { i })).text();
      for (;;) {
        const status = (await (await fetch(`${api}/workflow/${id}/status`)).json()) as { status: string };
        if (status.status === 'COMPLETED') break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      latencies.push(performance.now() - started);
    }
  } finally {
    await manager.stopPolling();
  }
  latencies.sort((a, b) => a - b);
  const rtt = async (): Promise<number> => {
    const t = performance.now();
    await (await fetch(`${baseUrl}/health`)).text();
    return performance.now() - t;
  };
  const baseline: number[] = [];
  for (let i = 0; i < 200; i++) baseline.push(await rtt());
  baseline.sort((a, b) => a - b);
  console.log(
    `SDK worker start→COMPLETED (poll+update-v2) over ${total}: p50 ${percentile(latencies, 50).toFixed(2)} ms, ` +
      `p99 ${percentile(latencies, 99).toFixed(2)} ms; baseline GET /health p50 ${percentile(baseline, 50).toFixed(2)} ms`,
  );
}
