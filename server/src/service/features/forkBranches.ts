/**
 * FORK_JOIN facts shared by completion and code actions: the fork a JOIN follows, and the references of its branches
 * (the last task of each branch first, since that is what a JOIN usually waits for, §5.7).
 */
import type { TaskEntry } from '../model/taskWalker';
import type { FeatureModel } from './featureModel';
import { pathKey } from './featureModel';

/** The FORK_JOIN right before `join` in the same task list, if any. */
export function precedingFork(model: FeatureModel, join: TaskEntry): TaskEntry | undefined {
  const listKey = pathKey(join.listPath);
  return model.tasks.find(
    (entry) => entry.type === 'FORK_JOIN' && entry.index === join.index - 1 && pathKey(entry.listPath) === listKey,
  );
}

/** Every reference inside the fork's branches: each branch's last top-level task first, then the rest. */
export function forkBranchRefs(model: FeatureModel, fork: TaskEntry): string[] {
  const inside = model.tasks.filter((entry) => entry.chain.includes(fork) && entry !== fork && entry.ref !== undefined);
  const lasts = inside.filter((entry) => entry.parent === fork && isLastInList(inside, entry));
  const ordered = [...lasts, ...inside.filter((entry) => !lasts.includes(entry))];
  return [...new Set(ordered.map((entry) => entry.ref ?? ''))];
}

function isLastInList(entries: readonly TaskEntry[], entry: TaskEntry): boolean {
  const key = pathKey(entry.listPath);
  return !entries.some((other) => other.index > entry.index && pathKey(other.listPath) === key);
}
