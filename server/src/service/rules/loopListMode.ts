/**
 * DO_WHILE list mode (§5.8), as Conductor's `DoWhile.isListIteration` decides it: a non-blank `items` expression,
 * or an `inputParameters._items` (the Orkes-compatible form) holding a non-blank string or a list. In list mode
 * the loop condition's `$` also holds `loopIndex` (0-based) and `loopItem` (the current element).
 */
import { isObject, objectProp } from '../model/jsonValue';

/** The names list mode adds to what a DO_WHILE condition's `$` holds (`DoWhile.evaluateCondition`). */
export const LIST_MODE_NAMES: readonly string[] = ['loopIndex', 'loopItem'];

/** Whether the DO_WHILE `task` iterates over a list. */
export function isListIteration(task: unknown): boolean {
  if (!isObject(task)) return false;
  const items = task.items;
  if (typeof items === 'string' && items.trim() !== '') return true;
  const input = objectProp(task, 'inputParameters');
  const listed = input?._items;
  return (typeof listed === 'string' && listed.trim() !== '') || Array.isArray(listed);
}
