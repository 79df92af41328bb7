/**
 * Route patterns such as `/api/workflow/{workflowId}/pause` and their matching. Among routes that match a path,
 * the most specific wins: segment by segment, a fixed segment beats a `{param}` (clients doc §6 trap 8:
 * `/api/workflow/search` must not reach `/api/workflow/{workflowId}`), whatever the registration order.
 */

/** A compiled pattern: fixed segments as strings, parameters as `{ param }`. */
type Segment = string | { readonly param: string };

/** A registered route with a value attached (the handler). */
export interface RouteEntry<T> {
  readonly method: string;
  readonly pattern: string;
  readonly segments: readonly Segment[];
  readonly value: T;
}

/** A match: the entry and the decoded path parameters. */
export interface RouteMatch<T> {
  readonly entry: RouteEntry<T>;
  readonly params: Record<string, string>;
}

/** Splits a path into segments, ignoring a trailing slash. */
export function splitPath(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.split('/').slice(1);
}

function compile(pattern: string): Segment[] {
  return splitPath(pattern).map((segment) => {
    const param = /^\{(\w+)\}$/.exec(segment)?.[1];
    return param === undefined ? segment : { param };
  });
}

/** Negative when `a` is more specific than `b` (first differing position: fixed before parameter). */
function bySpecificity(a: readonly Segment[], b: readonly Segment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const fixedA = typeof a[i] === 'string';
    if (fixedA !== (typeof b[i] === 'string')) return fixedA ? -1 : 1;
  }
  // Only equal lengths can match the same path; the length tie-break just keeps the order total.
  return a.length - b.length;
}

function matchSegments(segments: readonly Segment[], parts: readonly string[]): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const segment = segments[i];
    const part = parts[i] ?? '';
    if (typeof segment === 'string') {
      if (segment !== part) return undefined;
    } else if (segment !== undefined) {
      if (part === '') return undefined;
      params[segment.param] = part;
    }
  }
  return params;
}

/** Routes grouped for lookup; patterns are compared on decoded segments. */
export class RouteTable<T> {
  private readonly entries: RouteEntry<T>[] = [];

  /** Adds a route; registering the same method and pattern twice is a programming error. */
  add(method: string, pattern: string, value: T): void {
    if (this.entries.some((entry) => entry.method === method && entry.pattern === pattern)) {
      throw new Error(`Route ${method} ${pattern} is registered twice.`);
    }
    this.entries.push({ method, pattern, segments: compile(pattern), value });
    this.entries.sort((a, b) => bySpecificity(a.segments, b.segments));
  }

  /** The most specific route for `method` and the decoded `parts`, or undefined. */
  find(method: string, parts: readonly string[]): RouteMatch<T> | undefined {
    for (const entry of this.entries) {
      if (entry.method !== method) continue;
      const params = matchSegments(entry.segments, parts);
      if (params) return { entry, params };
    }
    return undefined;
  }

  /** The methods that have a route matching `parts` (for 405 answers). */
  methodsFor(parts: readonly string[]): string[] {
    const methods = this.entries.filter((entry) => matchSegments(entry.segments, parts)).map((entry) => entry.method);
    return [...new Set(methods)];
  }
}
