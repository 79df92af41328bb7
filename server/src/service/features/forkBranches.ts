/**
 * Branching facts shared by completion and code actions: the task a join follows (a FORK_JOIN for JOIN; also a
 * SWITCH/DECISION for EXCLUSIVE_JOIN, which waits for whichever case ran), and the references of its branches (the
 * last task of each branch first, since that is what a join usually waits for, §5.7).
 */
import type { TaskEntry } from '../model/taskWalker';
import type { FeatureModel } from './featureModel';
import { pathKey } from './featureModel';

const BRANCHING: Readonly<Record<string, readonly string[]>> = {
  JOIN: ['FORK_JOIN'],
  EXCLUSIVE_JOIN: ['FORK_JOIN', 'SWITCH', 'DECISION'],
};

/** The branching task right before `join` in the same task list, if it is one `join` can wait for. */
export function precedingFork(model: FeatureModel, join: TaskEntry): TaskEntry | undefined {
  const listKey = pathKey(join.listPath);
  const accepted = BRANCHING[join.type] ?? [];
  return model.tasks.find(
    (entry) => accepted.includes(entry.type) && entry.index === join.index - 1 && pathKey(entry.listPath) === listKey,
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
