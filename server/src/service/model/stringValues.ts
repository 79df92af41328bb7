/**
 * Visits every string inside a JSON value (objects and arrays, any depth) with where it sits and the nearest
 * object key, which Conductor's messages call the input parameter key (§2.4). Large documents hold thousands of
 * strings, so nothing is allocated per string or per container: the visitor gets the walk's own path stack and
 * copies it only when it keeps a string (the expression collector does for the rare suspect ones).
 */

/**
 * Receives a matching string, the live path from the walked value to it (empty when the walked value is the
 * string; valid only during the call: copy it to keep it), and the closest enclosing object key.
 */
export type StringVisitor = (value: string, path: readonly (string | number)[], key: string) => void;

/** Bounds recursion on pathological documents; real inputs are a few levels deep. */
const MAX_DEPTH = 100;
/** The walk's path stack, shared by every walk: walks never nest (a visitor must not start one). */
const PATH: (string | number)[] = [];
const ROOT_PATH: readonly (string | number)[] = [];

/** Calls `visit` for each string containing `needle` (the check is a cheap `indexOf`); `key` is the value's own. */
export function forEachString(value: unknown, key: string, needle: string, visit: StringVisitor): void {
  if (typeof value === 'string') {
    if (value.indexOf(needle) !== -1) visit(value, ROOT_PATH, key);
    return;
  }
  // Walks leave the stack empty (a visitor that threw is the exception). Setting an array's length to 0 also drops
  // its storage in V8, and each walk would then allocate it again.
  if (PATH.length !== 0) PATH.length = 0;
  walk(value, PATH, key, needle, visit, 0);
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
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visitChild(value[i], i, path, key, needle, visit, depth);
    return;
  }
  const record = value as Record<string, unknown>;
  // for…in avoids the entry arrays Object.entries allocates.
  for (const childKey in record) visitChild(record[childKey], childKey, path, childKey, needle, visit, depth);
}

/** A matching string is visited, a container walked; the path grows only for those (scalars are most values). */
function visitChild(
  child: unknown,
  step: string | number,
  path: (string | number)[],
  key: string,
  needle: string,
  visit: StringVisitor,
  depth: number,
): void {
  if (typeof child === 'string') {
    if (child.indexOf(needle) === -1) return;
    path.push(step);
    visit(child, path, key);
    path.pop();
  } else if (typeof child === 'object' && child !== null) {
    path.push(step);
    walk(child, path, key, needle, visit, depth + 1);
    path.pop();
  }
}
