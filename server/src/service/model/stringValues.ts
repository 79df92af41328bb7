/**
 * Visits every string inside a JSON value (objects and arrays, any depth) with where it sits and the nearest
 * object key, which Conductor's messages call the input parameter key (§2.4). Large documents hold thousands of
 * strings, so the path of the holding container is copied once per container, and only when a string matches.
 */
import type { JsonPath } from '../types';

/** A string found inside a value. */
export interface StringValue {
  readonly value: string;
  /** Path of the object or array holding the string (shared by its siblings: do not modify). */
  readonly container: JsonPath;
  /** The property name or array index of the string in its container. */
  readonly last: string | number;
  /** The closest enclosing object key; the last key of `basePath` for a bare string. */
  readonly key: string;
}

/** Bounds recursion on pathological documents; real inputs are a few levels deep. */
const MAX_DEPTH = 100;

/** Calls `visit` for each string containing `needle` (the check is a cheap `indexOf`). */
export function forEachString(
  value: unknown,
  basePath: JsonPath,
  needle: string,
  visit: (found: StringValue) => void,
): void {
  const last = basePath[basePath.length - 1];
  if (typeof value === 'string') {
    if (value.indexOf(needle) !== -1 && last !== undefined) {
      visit({ value, container: basePath.slice(0, -1), last, key: typeof last === 'string' ? last : '' });
    }
    return;
  }
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
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return;
  let container: JsonPath | undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') {
        if (item.indexOf(needle) !== -1) visit({ value: item, container: (container ??= path.slice()), last: i, key });
        continue;
      }
      path.push(i);
      walk(item, path, key, needle, visit, depth + 1);
      path.pop();
    }
    return;
  }
  const record = value as Record<string, unknown>;
  // for…in avoids the entry arrays Object.entries allocates.
  for (const childKey in record) {
    const child = record[childKey];
    if (typeof child === 'string') {
      if (child.indexOf(needle) !== -1) {
        visit({ value: child, container: (container ??= path.slice()), last: childKey, key: childKey });
      }
      continue;
    }
    path.push(childKey);
    walk(child, path, childKey, needle, visit, depth + 1);
    path.pop();
  }
}
