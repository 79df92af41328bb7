/**
 * Latency statistics for the keystroke benchmark: nearest-rank percentiles of per-keystroke times, and the table the
 * run prints (and BENCHMARKS.md quotes).
 */

/** The latency of one series of keystrokes, in milliseconds. */
export interface LatencyRow {
  readonly label: string;
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** The nearest-rank percentile `p` (0–100) of `values`; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Summarizes one series. */
export function latencyRow(label: string, values: readonly number[]): LatencyRow {
  return {
    label,
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

/** A Markdown table of p50/p95/max per row. */
export function formatLatencyTable(rows: readonly LatencyRow[]): string {
  const width = Math.max(...rows.map((row) => row.label.length));
  const cell = (value: number): string => value.toFixed(1).padStart(6);
  const lines = [`| ${'series'.padEnd(width)} | edits | p50 ms | p95 ms | max ms |`];
  lines.push(`| ${'-'.repeat(width)} | ----: | -----: | -----: | -----: |`);
  for (const row of rows) {
    lines.push(
      `| ${row.label.padEnd(width)} | ${String(row.count).padStart(5)} | ${cell(row.p50)} | ${cell(row.p95)} | ${cell(row.max)} |`,
    );
  }
  return lines.join('\n');
}
