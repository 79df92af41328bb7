/**
 * Where a finding is drawn: its path and target become an offset range through the lazy locator. A path
 * that no longer exists in the text falls back to its nearest existing ancestor, so nothing is ever lost.
 */
import type { Finding, JsonPath, Locator, OffsetRange } from './types';

/** The offset range of a finding (never undefined: at worst the document's first character). */
export function placeFinding(locator: Locator, finding: Finding, textLength: number): OffsetRange {
  const { path, target, span } = finding;
  if (span && target === 'value') {
    const inString = locator.stringSpanRange(path, span);
    if (inString) return inString;
  }
  if (target === 'key') {
    const key = locator.keyRange(path);
    if (key) return key;
  }
  if (target === 'parentKey') return ownerKey(locator, path.slice(0, -1), textLength);
  const value = locator.valueRange(path);
  if (value) return value;
  return ownerKey(locator, path.slice(0, -1), textLength);
}

/**
 * The key of the object at `path` (or, for the root and array elements, its first character); walks up the
 * path when `path` does not resolve.
 */
function ownerKey(locator: Locator, path: JsonPath, textLength: number): OffsetRange {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const key = locator.keyRange(prefix);
    if (key) return key;
    // Only the first character is drawn: avoid measuring a value that may be the whole document.
    const start = locator.valueStart ? locator.valueStart(prefix) : locator.valueRange(prefix)?.start;
    if (start !== undefined) return { start, end: Math.min(start + 1, textLength) };
  }
  return { start: 0, end: Math.min(1, textLength) };
}
