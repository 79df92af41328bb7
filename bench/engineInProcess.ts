/**
 * Part 3 of `bench/engine.ts`: the engine without HTTP. Starts the 5-system-task workflow directly through the
 * executor (each start decides to COMPLETED in one transaction) and compares it with a bare store transaction of
 * the same shape (one workflow row + five task rows of the same JSON sizes). CPU time (`process.cpuUsage`) is
 * reported next to wall time, because the shared benchmark machine makes wall time swing by 2–4×.
 */
import type { Engine } from '../engine/src/engine';
import { startWorkflow } from '../engine/src/execution/starter';

interface Cost {
  cpuMs: number;
  wallMs: number;
}

function measure(count: number, run: (i: number) => void): Cost {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (let i = 0; i < count; i++) run(i);
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}

const perSecond = (count: number, ms: number): string => ((count / ms) * 1000).toFixed(0);

/** Prints in-process workflows/s against same-shaped bare transactions/s, by CPU and by wall time. */
export function runInProcessBench(engine: Engine, workflowName: string, count: number, label: string): void {
  const { executor } = engine;
  const store = executor.store;
  const sample = executor.load(startWorkflow(executor, { name: workflowName, input: { x: 1 } }));
  const rows = [JSON.stringify(sample.workflow), ...sample.tasks.map((task) => JSON.stringify(task))];
  measure(Math.min(200, count), () => startWorkflow(executor, { name: workflowName, input: { x: 1 } }));
  const engineCost = measure(count, () => startWorkflow(executor, { name: workflowName, input: { x: 1 } }));
  const bareCost = measure(count, (i) =>
    store.transaction(() => rows.forEach((row, j) => store.kv.put(`bench-${i}-${j}`, row))),
  );
  console.log(
    `${label} in-process completed workflows/s: ${perSecond(count, engineCost.cpuMs)} per CPU-s, ` +
      `${perSecond(count, engineCost.wallMs)} per wall-s; baseline bare 6-row transactions/s: ` +
      `${perSecond(count, bareCost.cpuMs)} per CPU-s, ${perSecond(count, bareCost.wallMs)} per wall-s; ` +
      `ratio (CPU) ${(bareCost.cpuMs / engineCost.cpuMs).toFixed(3)}`,
  );
}
