/**
 * Paired measurement: each run of an operation right after a run of a baseline, and the median of the per-run
 * ratios (see `measurePaired`).
 */
import { collectYoungGarbage, median, sample, sampleAsync, summarize } from './measure';
import type { Measurement, Sample } from './measure';

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
