/**
 * Engine benchmark (run: `node --import tsx bench/engine.ts [--workflows 3000] [--concurrency 16]`).
 * 1. Completed workflows/s for a 5-task workflow of system tasks only (each start runs to COMPLETED inside the
 *    start request), start only and start + status check, the requests sent by a separate generator process
 *    (`engineLoad.ts`), with a same-run baseline: bare `GET /health` round trips from that generator.
 * 2. The same workflow started in-process (no HTTP), by CPU time, against a bare store transaction of its shape.
 * 3. Poll→update round trip through the official JS SDK worker (TaskManager), p50/p99, over SIMPLE tasks.
 * Runs with durability `full` (fsync per commit) and again with `process` (the engine default: no fsync per
 * commit; still SIGKILL-safe), each on a temp data dir.
 * 4. (`process` only) A mixed workflow of INLINE, SWITCH, FORK/JOIN and a 10-iteration DO_WHILE, with sandboxed
 *    scripts against a script-free twin (`engineMixed.ts`; `--mixed 300` runs, `--mixed-only` skips parts 1–3).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type Engine } from '../engine/src/engine';
import type { Durability } from '../engine/src/store';
import { runInProcessBench } from './engineInProcess';
import { registerWorkflows, runHttpBench } from './engineLoad';
import { registerMixedWorkflows, runMixedBench } from './engineMixed';
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

/** What one engine configuration measures. */
interface Plan {
  total: number;
  concurrency: number;
  sdkTasks: number;
  mixed: number;
  systemOnly: boolean;
}

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Measures one engine configuration. */
async function measure(durability: Durability, plan: Plan): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
  const engine = await createEngine({ dataDir, durability });
  const label = `[durability=${durability}]`;
  try {
    if (plan.mixed > 0) await registerMixedWorkflows(engine.url);
    if (plan.systemOnly) await measureSystemOnly(engine, plan, label);
    if (plan.mixed > 0) await runMixedBench(engine, plan.mixed, plan.concurrency, label);
  } finally {
    await engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Parts 1–3 on a running engine. */
async function measureSystemOnly(engine: Engine, plan: Plan, label: string): Promise<void> {
  const { total, concurrency, sdkTasks } = plan;
  await registerWorkflows(engine.url, [SYSTEM_WORKFLOW]);
  const http = await runHttpBench(engine.url, SYSTEM_WORKFLOW.name, total, concurrency);
  console.log(`${label} baseline GET /health round trips/s (generator process): ${http.health.toFixed(0)}`);
  console.log(`${label} completed 5-system-task workflows/s, start + status: ${http.startStatus.toFixed(0)}`);
  console.log(`${label} completed 5-system-task workflows/s, start only: ${http.startOnly.toFixed(0)}`);
  console.log(
    `${label} ratios to /health: start + status ${(http.startStatus / http.health).toFixed(3)}, ` +
      `start only ${(http.startOnly / http.health).toFixed(3)}; not COMPLETED: ${http.notCompleted}`,
  );
  if (sdkTasks > 0) await runSdkWorkerBench(engine.url, sdkTasks);
  // Last: its synchronous loop blocks the event loop, which would break the HTTP clients' idle connections.
  runInProcessBench(engine, SYSTEM_WORKFLOW.name, total, label);
}

async function main(): Promise<void> {
  const plan: Plan = {
    total: arg('workflows', 3000),
    concurrency: arg('concurrency', 16),
    sdkTasks: 0,
    mixed: 0,
    systemOnly: true,
  };
  if (process.argv.includes('--mixed-only'))
    return measure('process', { ...plan, systemOnly: false, mixed: arg('mixed', 300) });
  await measure('full', { ...plan, sdkTasks: arg('tasks', 500) });
  await measure('process', { ...plan, mixed: arg('mixed', 300) });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
