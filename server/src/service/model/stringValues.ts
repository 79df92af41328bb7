/**
 * Visits every string inside a JSON value (objects and arrays, any depth) with its path and the nearest
 * object key, which Conductor's messages call the input parameter key (§2.4).
 */
import type { JsonPath } from '../types';

/** A string found inside a value. */
export interface StringValue {
  readonly value: string;
  readonly path: JsonPath;
  /** The closest enclosing object key; the last key of `basePath` for a bare string. */
  readonly key: string;
}

/** Bounds recursion on pathological documents; real inputs are a few levels deep. */
const MAX_DEPTH = 100;

/** Calls `visit` for each string containing `needle` (the check is a cheap `includes`). */
export function forEachString(
  value: unknown,
  basePath: JsonPath,
  needle: string,
  visit: (found: StringValue) => void,
): void {
  const last = basePath[basePath.length - 1];
  walk(value, [...basePath], typeof last === 'string' ? last : '', needle, visit, 0);
}

function walk(
  value: unknown,
  path: (string | number)[],
  key: string,
  needle: string,
  visit: (found: StringValue) => void,
  depth: number,
): void {
  if (typeof value === 'string') {
    if (value.includes(needle)) visit({ value, path: path.slice(), key });
    return;
  }
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      path.push(i);
      walk(item, path, key, needle, visit, depth + 1);
      path.pop();
    });
    return;
  }
  for (const [childKey, child] of Object.entries(value as Record<string, unknown>)) {
    path.push(childKey);
    walk(child, path, childKey, needle, visit, depth + 1);
    path.pop();
  }
}
