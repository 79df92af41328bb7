/**
 * A shortcut for the duplicate-key scan of a document `JSON.parse` accepted. In JSON text every key is followed by
 * its colon, and a colon that separates a key is the first thing after the key's closing quote (JSON whitespace
 * aside); a colon inside a string never follows an unescaped quote, which would have closed the string. So the
 * text's key colons count every key as written, and `JSON.parse` keeps one property per distinct key of an object:
 * the counts agree exactly when no object repeats a key. Counting is one native `indexOf` loop with a look back at
 * each colon, and the value walk counts keys (never reading a string) and yields the nesting depth; the full scan
 * runs only when the counts differ.
 */
import { scanKeys } from './duplicateKeys';
import type { KeyScan } from './duplicateKeys';

const QUOTE = 34;
const BACKSLASH = 92;

/** Duplicate keys and depth of `text`, whose parsed value is `value`; fast when there are no duplicates. */
export function scanKeysWithValue(text: string, value: unknown): KeyScan {
  const { keys, maxDepth } = walkValue(value);
  return countKeyColons(text) === keys ? { duplicates: [], maxDepth } : scanKeys(text);
}

/** Colons whose previous non-whitespace character is an unescaped quote: the colons after keys. */
function countKeyColons(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let at = colon - 1;
    while (at >= 0 && isWhitespace(text.charCodeAt(at))) at--;
    if (at < 0 || text.charCodeAt(at) !== QUOTE) continue;
    let backslashes = 0;
    while (at - 1 - backslashes >= 0 && text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) count++;
  }
  return count;
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Keys of every object in the value, and the nesting depth (iterative: depth is unbounded). */
function walkValue(root: unknown): { keys: number; maxDepth: number } {
  let keys = 0;
  let maxDepth = 0;
  const nodes: unknown[] = [root];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop() ?? 1;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > maxDepth) maxDepth = depth;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child === 'object' && child !== null) {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in node) {
        keys++;
        const child = (node as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return { keys, maxDepth };
}
