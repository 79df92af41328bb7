import { parsePath, type CompiledPath, type PathSegment } from './jsonPathParser';
import { matchesFilter } from './jsonPathFilter';

/**
 * Reads a Jayway-style JsonPath against a JSON document with Conductor's SUPPRESS_EXCEPTIONS behaviour
 * (reference/conductor.md §4.2): a missing definite path gives null, an indefinite path gives a list of matches.
 */

const cache = new Map<string, CompiledPath | undefined>();
const CACHE_LIMIT = 10_000;

/** Compiles with a bounded cache, because the same few paths are resolved for every task of every run. */
export function compilePath(path: string): CompiledPath {
  let compiled = cache.get(path);
  if (!compiled) {
    compiled = parsePath(path);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(path, compiled);
  }
  return compiled;
}

/** Returns the value at `path` in `root`, null when it is missing; throws InvalidPathError for bad syntax. */
export function readPath(root: unknown, path: string): unknown {
  const compiled = compilePath(path);
  let nodes: unknown[] = [root];
  for (const segment of compiled.segments) {
    if (segment.kind === 'function') {
      if (nodes.length === 0) return null;
      nodes = [applyFunction(segment.name, compiled.definite ? nodes[0] : nodes)];
      continue;
    }
    nodes = nodes.flatMap((node) => step(node, segment, root));
    if (compiled.definite && nodes.length === 0) return null;
  }
  if (!compiled.definite) return nodes;
  return nodes[0] ?? null;
}

/** A JSON object: not null and not an array (shared by the engine's checks of JSON input). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function step(node: unknown, segment: PathSegment, root: unknown): unknown[] {
  switch (segment.kind) {
    case 'names':
      if (!isObject(node)) return [];
      if (segment.names.length > 1) return [Object.fromEntries(segment.names.map((n) => [n, node[n] ?? null]))];
      return segment.names[0] !== undefined && segment.names[0] in node ? [node[segment.names[0]]] : [];
    case 'indexes':
      if (!Array.isArray(node)) return [];
      return segment.indexes.flatMap((i) => {
        const at = i < 0 ? node.length + i : i;
        return at >= 0 && at < node.length ? [node[at] as unknown] : [];
      });
    case 'slice':
      return Array.isArray(node) ? node.slice(segment.start ?? 0, segment.end ?? node.length) : [];
    case 'wildcard':
      return children(node);
    case 'deep':
      return deepScan(node, segment.next, root);
    case 'filter':
      return children(node).filter((child) => matchesFilter(segment.expression, child, root));
    case 'function':
      return [node];
  }
}

function children(node: unknown): unknown[] {
  if (Array.isArray(node)) return node as unknown[];
  return isObject(node) ? Object.values(node) : [];
}

function deepScan(node: unknown, next: PathSegment, root: unknown): unknown[] {
  const found = step(node, next, root);
  for (const child of children(node)) found.push(...deepScan(child, next, root));
  return found;
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

function applyFunction(name: string, value: unknown): unknown {
  const nums = numbers(value);
  switch (name) {
    case 'length':
    case 'size':
      if (Array.isArray(value) || typeof value === 'string') return value.length;
      return isObject(value) ? Object.keys(value).length : null;
    case 'keys':
      return isObject(value) ? Object.keys(value) : null;
    case 'first':
      return Array.isArray(value) ? ((value[0] as unknown) ?? null) : null;
    case 'last':
      return Array.isArray(value) ? ((value[value.length - 1] as unknown) ?? null) : null;
    case 'sum':
      return nums.reduce((a, b) => a + b, 0);
    case 'min':
      return nums.length ? Math.min(...nums) : null;
    case 'max':
      return nums.length ? Math.max(...nums) : null;
    case 'avg':
      return nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : null;
    default:
      return null;
  }
}
