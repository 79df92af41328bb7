/**
 * Engine benchmark (run: `node --import tsx bench/engine.ts [--workflows 3000] [--concurrency 16]`).
 * 1. Completed workflows/s for a 5-task workflow of system tasks only (each start runs to COMPLETED inside the
 *    start request), with a same-run baseline: a bare `GET /health` round trip on the same server.
 * 2. The same workflow started in-process (no HTTP), by CPU time, against a bare store transaction of its shape.
 * 3. Poll→update round trip through the official JS SDK worker (TaskManager), p50/p99, over SIMPLE tasks.
 * Runs with the engine default durability (`full`: fsync per commit) and again with `process` (no fsync; still
 * SIGKILL-safe), each on a temp data dir.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../engine/src/engine';
import type { Durability } from '../engine/src/store';
import { runInProcessBench } from './engineInProcess';
import { runSdkWorkerBench } from './engineSdkWorker';

const SYSTEM_WORKFLOW = {
  name: 'bench_system',
  version: 1,
  schemaVersion: 2,
  ownerEmail: 'bench@example.com',
  tasks: [
    { name: 'v', taskReferenceName: 'v', type: 'SET_VARIABLE', inputParameters: { x: '${workflow.input.x}' } },
    {
      name: 's',
      taskReferenceName: 's',
      type: 'SWITCH',
      evaluatorType: 'value-param',
      expression: 'k',
      inputParameters: { k: 'a' },
      decisionCases: { a: [{ name: 'n1', taskReferenceName: 'n1', type: 'NOOP' }] },
    },
    { name: 'n2', taskReferenceName: 'n2', type: 'NOOP' },
    { name: 'n3', taskReferenceName: 'n3', type: 'NOOP', inputParameters: { y: '${v.input.x}' } },
  ],
};

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Runs `total` calls of `call` with `concurrency` in flight; returns calls per second. */
async function rate(total: number, concurrency: number, call: () => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) await call();
    }),
  );
  return (total / (performance.now() - started)) * 1000;
}

/** Measures one engine configuration. */
async function measure(durability: Durability, total: number, concurrency: number, sdkTasks: number): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
  const engine = await createEngine({ dataDir, durability });
  try {
    const api = `${engine.url}/api`;
    const post = (path: string, body: unknown): Promise<Response> =>
      fetch(`${api}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    await post('/metadata/workflow?overwrite=true', SYSTEM_WORKFLOW);
    const health = await rate(
      total,
      concurrency,
      async () => void (await (await fetch(`${engine.url}/health`)).text()),
    );
    let failures = 0;
    const workflows = await rate(total, concurrency, async () => {
      const id = await (await post('/workflow/bench_system', { x: 1 })).text();
      const status = (await (await fetch(`${api}/workflow/${id}/status`)).json()) as { status: string };
      if (status.status !== 'COMPLETED') failures++;
    });
    console.log(`[durability=${durability}] baseline GET /health round trips/s: ${health.toFixed(0)}`);
    console.log(
      `[durability=${durability}] completed 5-system-task workflows/s (start + status check): ${workflows.toFixed(0)}`,
    );
    console.log(
      `[durability=${durability}] ratio workflows/health: ${(workflows / health).toFixed(3)}; not COMPLETED: ${failures}`,
    );
    if (sdkTasks > 0) await runSdkWorkerBench(engine.url, sdkTasks);
    // Last: its synchronous loop blocks the event loop, which would break the HTTP clients' idle connections.
    runInProcessBench(engine, 'bench_system', total, `[durability=${durability}]`);
  } finally {
    await engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const total = arg('workflows', 3000);
  const concurrency = arg('concurrency', 16);
  await measure('full', total, concurrency, arg('tasks', 500));
  await measure('process', total, concurrency, 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
