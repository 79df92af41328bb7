/**
 * Part 4 of `bench/engine.ts`: the mixed workflow (`engineMixedWorkflow.ts`) with sandboxed `javascript` INLINE
 * tasks against its `value-param` twin, in the same run on the same engine:
 * - over HTTP (start + status, requests from the separate generator process), with bare `GET /health` as baseline;
 * - in-process by CPU time, which gives the per-INLINE cost of the sandbox:
 *   (CPU per scripted run − CPU per value-param run) / INLINE tasks per run, next to the mean CPU per task;
 * each for the scripts as written (read-only: one shared sandbox context) and forced into a fresh context each, as
 * before the shared context (see engineMixedWorkflow.ts);
 * - at the sandbox, the cost of an object result over a primitive one, shared and fresh (`engineConverter.ts`).
 * Every run must end COMPLETED with the loop's last value, else the bench fails instead of reporting.
 */
import type { Engine } from '../engine/src/engine';
import { startWorkflow } from '../engine/src/execution/starter';
import { runConverterBench } from './engineConverter';
import { registerWorkflows, runLoad } from './engineLoad';
import { INLINE_PER_RUN, ITERATIONS, mixedWorkflow, TASKS_PER_RUN, type Contexts } from './engineMixedWorkflow';

const CONTEXTS: Contexts[] = ['shared', 'fresh'];
/** Per form: the scripted variant, then its script-free twin. */
const VARIANTS = CONTEXTS.flatMap((contexts) => [
  mixedWorkflow('javascript', contexts),
  mixedWorkflow('value-param', contexts),
]);

/** Registers every variant (before any in-process part, see `registerWorkflows`). */
export async function registerMixedWorkflows(url: string): Promise<void> {
  await registerWorkflows(url, VARIANTS);
}

/** CPU ms per run of `name`, started in-process `count` times (after a warm-up); checks one run's result. */
function cpuPerRun(engine: Engine, name: string, count: number): number {
  const { executor } = engine;
  const sample = executor.load(startWorkflow(executor, { name, input: { x: 1 } }), false).workflow;
  if (sample.status !== 'COMPLETED' || sample.output?.['last'] !== ITERATIONS) {
    throw new Error(`${name} did not complete as expected: ${sample.status} ${JSON.stringify(sample.output)}`);
  }
  for (let i = 0; i < Math.min(50, count); i++) startWorkflow(executor, { name, input: { x: 1 } });
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) startWorkflow(executor, { name, input: { x: 1 } });
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / count;
}

/** Runs part 4 against a running engine (after `registerMixedWorkflows`) and prints its lines. */
export async function runMixedBench(engine: Engine, total: number, concurrency: number, label: string): Promise<void> {
  const defs = VARIANTS;
  const job = (workflowName: string, mode: 'health' | 'startStatus', count = total) =>
    runLoad({ url: engine.url, mode, workflowName, total: count, concurrency });
  await job(defs[0]?.name ?? '', 'startStatus', Math.min(100, total)); // warm-up: JIT, sandbox, page cache
  const health = await job('', 'health', total * 4);
  console.log(`${label} mixed (${TASKS_PER_RUN} tasks, ${INLINE_PER_RUN} INLINE, DO_WHILE ×${ITERATIONS}):`);
  console.log(`${label}   baseline GET /health round trips/s: ${health.perSecond.toFixed(0)}`);
  for (const def of defs) {
    const run = await job(def.name, 'startStatus');
    if (run.notCompleted > 0) throw new Error(`${def.name}: ${run.notCompleted} runs were not COMPLETED`);
    const ratio = (run.perSecond / health.perSecond).toFixed(4);
    console.log(`${label}   ${def.name} over HTTP, start + status: ${run.perSecond.toFixed(0)}/s (÷ health ${ratio})`);
  }
  // Last: the synchronous in-process loops block the event loop.
  const cpu = defs.map((def) => cpuPerRun(engine, def.name, total));
  CONTEXTS.forEach((contexts, i) => printCpu(`${label}   [${contexts} contexts]`, cpu[2 * i], cpu[2 * i + 1]));
  const [shared, , fresh] = cpu;
  if (shared !== undefined && fresh !== undefined) {
    console.log(`${label}   scripted run CPU, shared ÷ fresh contexts: ${(shared / fresh).toFixed(2)}`);
  }
  runConverterBench(total * 10, label);
}

function printCpu(label: string, scripted: number | undefined, plain: number | undefined): void {
  if (scripted === undefined || plain === undefined) return;
  const perInline = ((scripted - plain) / INLINE_PER_RUN) * 1000;
  const perTask = (plain / TASKS_PER_RUN) * 1000;
  console.log(
    `${label} in-process CPU per run: javascript ${scripted.toFixed(3)} ms (${(1000 / scripted).toFixed(0)}/CPU-s), ` +
      `value-param ${plain.toFixed(3)} ms (${(1000 / plain).toFixed(0)}/CPU-s); ratio ${(scripted / plain).toFixed(2)}`,
  );
  console.log(
    `${label} sandbox overhead per INLINE task: ${perInline.toFixed(0)} µs CPU ` +
      `(mean CPU per task of the value-param run: ${perTask.toFixed(0)} µs; ratio ${(perInline / perTask).toFixed(2)})`,
  );
}
