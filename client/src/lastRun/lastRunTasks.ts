/**
 * What the last-run features share about an execution's tasks and the file's tasks: the last attempt of each
 * reference (§5.3: a retry is a new task with the same reference and a higher `seq`), loop iterations (`ref__N`,
 * §5.8) folded under their reference when asked, and where each `taskReferenceName` sits in the file. Pure.
 */
import type { Task } from '../../../common/src/model';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import { parseDocument } from '../../../server/src/service/parse';
import type { OffsetRange } from '../../../server/src/service/types';

const ITERATION_SUFFIX = /__\d+$/;

/** Whether `ref` is a loop iteration's reference (`ref__2`). */
export function isIterationRef(ref: string): boolean {
  return ITERATION_SUFFIX.test(ref);
}

/** The reference without a loop iteration's `__N`, as Conductor keys loop tasks in expressions (§4.1). */
export function withoutIteration(ref: string): string {
  return ref.replace(ITERATION_SUFFIX, '');
}

/** The last attempt of each reference, by reference; with `foldIterations`, of each loop task over all iterations. */
export function lastAttempts(tasks: readonly Task[], foldIterations = false): Map<string, Task> {
  const last = new Map<string, Task>();
  for (const task of tasks) {
    const ref = foldIterations ? withoutIteration(task.referenceTaskName) : task.referenceTaskName;
    const seen = last.get(ref);
    if (!seen || (task.seq ?? 0) >= (seen.seq ?? 0)) last.set(ref, task);
  }
  return last;
}

/** The range of each task's `taskReferenceName` value in the workflow file `text`, by reference. */
export function taskRefRanges(text: string): Map<string, OffsetRange> {
  const model = getFeatureModel(parseDocument(text));
  const ranges = new Map<string, OffsetRange>();
  for (const entry of model.tasks) {
    const range = entry.ref === undefined ? undefined : model.valueRange([...entry.path, 'taskReferenceName']);
    if (entry.ref !== undefined && range) ranges.set(entry.ref, range);
  }
  return ranges;
}
