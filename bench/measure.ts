/**
 * Timing helpers for the benchmarks: warm up, then take the median of many runs, one operation after the other or
 * paired with a baseline run (`measurePaired`). Each run records the process's CPU time (user + system) as well as wall time: on a
 * shared machine CPU time is far less disturbed by other processes, so ratios use it; wall time is printed alongside.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

/** A full garbage collection, so a measurement does not sweep the garbage of the one before it. */
export function collectGarbage(): void {
  gc();
}

/** A scavenge of the young generation only: cheap, and it leaves the heap's sizing as it was. */
function collectYoungGarbage(): void {
  gc({ type: 'minor' });
}

/** One measured operation: medians in milliseconds, and the median of its paired ratios when it has them. */
export interface Measurement {
  readonly label: string;
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly runs: number;
  readonly ratio?: number;
}

interface Sample {
  readonly cpu: number;
  readonly wall: number;
}

function sample(operation: () => unknown): Sample {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  operation();
  const wall = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1000, wall };
}

async function sampleAsync(operation: () => Promise<unknown>): Promise<Sample> {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  await operation();
  const wall = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1000, wall };
}

/** Runs `operation` `warmup` times unmeasured, then `runs` times, and returns the medians. */
export function measure(label: string, operation: () => unknown, runs = 25, warmup = 5): Measurement {
  for (let i = 0; i < warmup; i++) operation();
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(sample(operation));
  return summarize(label, samples);
}

/** Like `measure`, for an asynchronous operation (awaited one run at a time). */
export async function measureAsync(
  label: string,
  operation: () => Promise<unknown>,
  runs = 25,
  warmup = 5,
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await operation();
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await sampleAsync(operation));
  return summarize(label, samples);
}

/**
 * One operation of a paired measurement: `run` is measured (awaited when `async`), `prepare` runs unmeasured right
 * before each run.
 */
export interface PairedOperation {
  readonly label: string;
  readonly run: () => unknown;
  readonly async?: boolean;
  readonly prepare?: () => unknown;
}

/**
 * Measures each operation against a baseline run just before it, and reports per operation the median of those
 * per-run ratios. The machine this runs on changes speed by tens of percent within seconds, so medians of rows
 * measured apart compare different machines; a ratio of two runs a few milliseconds apart does not. Operations run
 * in passes, a block of runs each (the first runs of a block unmeasured, so an operation settles into its own
 * garbage-collection rhythm). The baseline's own row holds all its paired runs.
 */
export async function measurePaired(
  baseline: PairedOperation,
  operations: readonly PairedOperation[],
  runs = 25,
  passes = 5,
): Promise<Measurement[]> {
  const baselineSamples: Sample[] = [];
  const samples = operations.map((): Sample[] => []);
  const ratios = operations.map((): number[] => []);
  const perBlock = Math.max(1, Math.ceil(runs / passes));
  for (let pass = 0; pass < passes; pass++) {
    for (const [i, operation] of operations.entries()) {
      for (let run = 0; run < WARMUP_PER_BLOCK + perBlock; run++) {
        await operation.prepare?.();
        // Each pair starts from an empty young generation: the garbage of the runs before (and of `prepare`) must
        // not be swept during one run of the pair rather than the other.
        collectYoungGarbage();
        const base = await sampleOperation(baseline);
        collectYoungGarbage();
        const measured = await sampleOperation(operation);
        if (run < WARMUP_PER_BLOCK) continue;
        baselineSamples.push(base);
        samples[i]?.push(measured);
        ratios[i]?.push(measured.cpu / Math.max(base.cpu, 1e-3));
      }
    }
  }
  return [
    { ...summarize(baseline.label, baselineSamples), ratio: 1 },
    ...operations.map((operation, i) => ({
      ...summarize(operation.label, samples[i] ?? []),
      ratio: median(ratios[i] ?? []),
    })),
  ];
}

const WARMUP_PER_BLOCK = 2;

async function sampleOperation(operation: PairedOperation): Promise<Sample> {
  const { run } = operation;
  return operation.async ? sampleAsync(() => Promise.resolve(run())) : sample(run);
}

function summarize(label: string, samples: readonly Sample[]): Measurement {
  return {
    label,
    cpuMs: median(samples.map((s) => s.cpu)),
    wallMs: median(samples.map((s) => s.wall)),
    runs: samples.length,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * A fixed-width table of medians and their CPU-time ratio to the baseline (the first row): a row's paired ratio
 * when it has one, else the ratio of the medians.
 */
export function formatTable(rows: readonly Measurement[]): string {
  const baseline = rows[0]?.cpuMs || 1;
  const width = Math.max(...rows.map((row) => row.label.length));
  const lines = [`| ${'operation'.padEnd(width)} | CPU ms (median) | wall ms (median) | × JSON.parse (CPU) |`];
  lines.push(`| ${'-'.repeat(width)} | --------------: | ---------------: | -----------------: |`);
  for (const row of rows) {
    const ratio = (row.ratio ?? row.cpuMs / baseline).toFixed(2);
    lines.push(
      `| ${row.label.padEnd(width)} | ${row.cpuMs.toFixed(2).padStart(15)} | ${row.wallMs.toFixed(2).padStart(16)} | ${ratio.padStart(18)} |`,
    );
  }
  return lines.join('\n');
}
