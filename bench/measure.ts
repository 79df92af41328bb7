/**
 * Timing helpers for the benchmarks: warm up, then take the median of many runs, one operation after the other or
 * in passes (`measureInPasses`). Each run records the process's CPU time (user + system) as well as wall time: on a
 * shared machine CPU time is far less disturbed by other processes, so ratios use it; wall time is printed alongside.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** A full garbage collection, so a measurement does not sweep the garbage of the one before it. */
export const collectGarbage = runInNewContext('gc') as () => void;

/** One measured operation: medians in milliseconds. */
export interface Measurement {
  readonly label: string;
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly runs: number;
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
 * One operation of a measurement in passes: `run` is measured (awaited when `async`), `prepare` runs unmeasured
 * right before each run.
 */
export interface RoundOperation {
  readonly label: string;
  readonly run: () => unknown;
  readonly async?: boolean;
  readonly prepare?: () => unknown;
}

/**
 * Measures several operations in passes: each pass runs every operation a block of times in a row (the first runs
 * of a block unmeasured, so an operation settles into its own garbage-collection rhythm), and the medians are taken
 * over all passes. On a shared machine whose speed drifts by tens of percent within a minute, rows measured one
 * after the other would compare different machines; passes spread every row over the whole measurement.
 */
export async function measureInPasses(
  operations: readonly RoundOperation[],
  runs = 25,
  passes = 5,
  warmupPerBlock = 2,
): Promise<Measurement[]> {
  const samples = operations.map((): Sample[] => []);
  const perBlock = Math.max(1, Math.ceil(runs / passes));
  for (let pass = 0; pass < passes; pass++) {
    for (const [i, operation] of operations.entries()) {
      for (let run = 0; run < warmupPerBlock + perBlock; run++) {
        await operation.prepare?.();
        const { run: measured } = operation;
        const sampled = operation.async ? await sampleAsync(() => Promise.resolve(measured())) : sample(measured);
        if (run >= warmupPerBlock) samples[i]?.push(sampled);
      }
    }
  }
  return operations.map((operation, i) => summarize(operation.label, samples[i] ?? []));
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

/** A fixed-width table of medians and their CPU-time ratio to the baseline (the first row). */
export function formatTable(rows: readonly Measurement[]): string {
  const baseline = rows[0]?.cpuMs || 1;
  const width = Math.max(...rows.map((row) => row.label.length));
  const lines = [`| ${'operation'.padEnd(width)} | CPU ms (median) | wall ms (median) | × JSON.parse (CPU) |`];
  lines.push(`| ${'-'.repeat(width)} | --------------: | ---------------: | -----------------: |`);
  for (const row of rows) {
    const ratio = (row.cpuMs / baseline).toFixed(2);
    lines.push(
      `| ${row.label.padEnd(width)} | ${row.cpuMs.toFixed(2).padStart(15)} | ${row.wallMs.toFixed(2).padStart(16)} | ${ratio.padStart(18)} |`,
    );
  }
  return lines.join('\n');
}
