/**
 * Visits every string inside a JSON value (objects and arrays, any depth) with where it sits and the nearest
 * object key, which Conductor's messages call the input parameter key (§2.4). Large documents hold thousands of
 * strings, so nothing is allocated per string: the path of the holding container is copied once per container,
 * and only when one of its strings matches.
 */
import type { JsonPath } from '../types';

/**
 * Receives a matching string, the path of the object or array holding it (shared by its siblings: do not modify),
 * its property name or index there, and the closest enclosing object key.
 */
export type StringVisitor = (value: string, container: JsonPath, last: string | number, key: string) => void;

/** Bounds recursion on pathological documents; real inputs are a few levels deep. */
const MAX_DEPTH = 100;

/** Calls `visit` for each string containing `needle` (the check is a cheap `indexOf`). */
export function forEachString(value: unknown, basePath: JsonPath, needle: string, visit: StringVisitor): void {
  const last = basePath[basePath.length - 1];
  if (typeof value === 'string') {
    if (value.indexOf(needle) !== -1 && last !== undefined) {
      visit(value, basePath.slice(0, -1), last, typeof last === 'string' ? last : '');
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
  visit: StringVisitor,
  depth: number,
): void {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return;
  let container: JsonPath | undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') {
        if (item.indexOf(needle) !== -1) visit(item, (container ??= path.slice()), i, key);
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
      if (child.indexOf(needle) !== -1) visit(child, (container ??= path.slice()), childKey, childKey);
      continue;
    }
    path.push(childKey);
    walk(child, path, childKey, needle, visit, depth + 1);
    path.pop();
  }
}
