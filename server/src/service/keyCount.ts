/**
 * A shortcut for the duplicate-key scan of a document `JSON.parse` accepted: `JSON.parse` keeps one property per
 * distinct key, so the text holds a duplicate exactly when it has more keys than the parsed value. Counting keys
 * in the text only needs a jump from string to string (native `indexOf`), and counting them in the value is one
 * iterative walk that also yields the nesting depth; the full scan runs only when the counts differ.
 */
import * as jsonScan from './jsonScan';
import { scanKeys } from './duplicateKeys';
import type { KeyScan } from './duplicateKeys';

// Bound once: under CommonJS interop (tsx, tests) every call through an import binding reads a getter.
const { stringEnd, skipWhitespace } = jsonScan;
const COLON = 58;

/** Duplicate keys and depth of `text`, whose parsed value is `value`; fast when there are no duplicates. */
export function scanKeysWithValue(text: string, value: unknown): KeyScan {
  const { keys, maxDepth } = countValueKeys(value);
  return countTextKeys(text) === keys ? { duplicates: [], maxDepth } : scanKeys(text);
}

/** How many strings in the text are followed by a colon, i.e. are object keys. */
function countTextKeys(text: string): number {
  let count = 0;
  let quote = text.indexOf('"');
  while (quote >= 0) {
    const end = stringEnd(text, quote);
    if (text.charCodeAt(skipWhitespace(text, end)) === COLON) count++;
    quote = text.indexOf('"', end);
  }
  return count;
}

/** How many properties all objects of the value have together, and how deeply containers nest. */
function countValueKeys(root: unknown): { keys: number; maxDepth: number } {
  let keys = 0;
  let maxDepth = 0;
  const nodes: unknown[] = [root];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop() ?? 1;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > maxDepth) maxDepth = depth;
    const children: unknown[] = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node)) keys += children.length;
    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return { keys, maxDepth };
}
