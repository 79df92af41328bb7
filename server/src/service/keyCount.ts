/**
 * A shortcut for the duplicate-key scan of a document `JSON.parse` accepted. Outside strings, JSON has a colon
 * only after each key, so the colons of the text are its keys plus the colons inside its strings. `JSON.parse`
 * keeps one property per distinct key, so counting the parsed value's keys plus the colons in its strings gives
 * the same total exactly when no key is repeated (a repeated key, and the value it overwrote, make the text's
 * count larger). Counting colons is one native `indexOf` loop, and the value walk also yields the nesting depth;
 * the full scan runs only when the counts differ. A `\u003a` escape would decode to a colon the text does not
 * show, so texts containing one always take the full scan.
 */
import { scanKeys } from './duplicateKeys';
import type { KeyScan } from './duplicateKeys';

/** Duplicate keys and depth of `text`, whose parsed value is `value`; fast when there are no duplicates. */
export function scanKeysWithValue(text: string, value: unknown): KeyScan {
  if (hasEscapedColon(text)) return scanKeys(text);
  const { colons, maxDepth } = walkValue(value);
  return countColons(text) === colons ? { duplicates: [], maxDepth } : scanKeys(text);
}

function hasEscapedColon(text: string): boolean {
  for (let i = text.indexOf('\\u003'); i >= 0; i = text.indexOf('\\u003', i + 1)) {
    const next = text.charCodeAt(i + 5);
    if (next === 97 || next === 65) return true; // a, A
  }
  return false;
}

function countColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) count++;
  return count;
}

/** Keys plus colons inside keys and strings, over the whole value (iterative: depth is unbounded). */
function walkValue(root: unknown): { colons: number; maxDepth: number } {
  let colons = typeof root === 'string' ? colonsIn(root) : 0;
  let maxDepth = 0;
  const nodes: unknown[] = [root];
  const depths: number[] = [1];
  // Counts a child's colons, or queues it when it is a container.
  const visit = (child: unknown, depth: number): void => {
    if (typeof child === 'string') colons += colonsIn(child);
    else if (typeof child === 'object' && child !== null) {
      nodes.push(child);
      depths.push(depth + 1);
    }
  };
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop() ?? 1;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > maxDepth) maxDepth = depth;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) visit(node[i], depth);
    } else {
      for (const key in node) {
        colons += 1 + colonsIn(key);
        visit((node as Record<string, unknown>)[key], depth);
      }
    }
  }
  return { colons, maxDepth };
}

function colonsIn(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) count++;
  return count;
}
