/**
 * Timing helpers for the benchmarks: warm up, then take the median of many runs (one operation after the other here,
 * paired with a baseline run in `measurePaired.ts`). Each run records the process's CPU time (user + system) as well
 * as wall time: on a shared machine CPU time is far less disturbed by other processes, so ratios use it; wall time is
 * printed alongside.
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
export function collectYoungGarbage(): void {
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

export interface Sample {
  readonly cpu: number;
  readonly wall: number;
}

export function sample(operation: () => unknown): Sample {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  operation();
  const wall = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1000, wall };
}

export async function sampleAsync(operation: () => Promise<unknown>): Promise<Sample> {
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

export function summarize(label: string, samples: readonly Sample[]): Measurement {
  return {
    label,
    cpuMs: median(samples.map((s) => s.cpu)),
    wallMs: median(samples.map((s) => s.wall)),
    runs: samples.length,
  };
}

export function median(values: number[]): number {
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
