/**
 * Timing helpers for the benchmarks: warm up, then take the median of many runs (medians resist the noise of a
 * shared machine better than means).
 */
import { performance } from 'node:perf_hooks';

/** One measured operation. */
export interface Measurement {
  readonly label: string;
  readonly medianMs: number;
  readonly runs: number;
}

/** Runs `operation` `warmup` times unmeasured, then `runs` times, and returns the median duration. */
export function measure(label: string, operation: () => unknown, runs = 25, warmup = 5): Measurement {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = operation();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = operation();
    durations.push(performance.now() - start);
  }
  // Keep the last result reachable so the work cannot be optimised away.
  if (sink === Symbol.for('never')) console.log(sink);
  return { label, medianMs: median(durations), runs };
}

/** Like `measure`, for an asynchronous operation (awaited one run at a time). */
export async function measureAsync(
  label: string,
  operation: () => Promise<unknown>,
  runs = 25,
  warmup = 5,
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await operation();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await operation();
    durations.push(performance.now() - start);
  }
  return { label, medianMs: median(durations), runs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A fixed-width table of medians and their ratio to the baseline (the first row). */
export function formatTable(rows: readonly Measurement[]): string {
  const baseline = rows[0]?.medianMs ?? 1;
  const width = Math.max(...rows.map((row) => row.label.length));
  const lines = [`${'operation'.padEnd(width)}  median ms  × JSON.parse`];
  for (const row of rows) {
    const ratio = (row.medianMs / baseline).toFixed(2);
    lines.push(`${row.label.padEnd(width)}  ${row.medianMs.toFixed(2).padStart(9)}  ${ratio.padStart(11)}`);
  }
  return lines.join('\n');
}
