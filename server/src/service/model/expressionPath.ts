/**
 * Splits the body of a `${…}` expression into JSONPath segments (Jayway JsonPath syntax, §4.2), e.g.
 * `ref.output.items[0].id` or `ref.output['a.b']`, and detects bodies Jayway would refuse to compile.
 * Runs once per expression of a large document, so it scans character codes and allocates only the segments.
 */

/** One named step of the path; offsets are relative to the expression body. */
export interface PathSegment {
  readonly name: string;
  readonly start: number;
  readonly length: number;
}

/** The named segments up to the first step that is not a plain name (index, wildcard, filter, deep scan). */
export interface ExpressionPath {
  readonly segments: readonly PathSegment[];
  /** Why Jayway would not compile the path; undefined when it compiles (as far as we can tell). */
  readonly error: string | undefined;
}

const DOT = 46;
const OPEN = 91;
const DOLLAR = 36;

/**
 * Parses `body`; a leading `$.` (explicit JsonPath root) is skipped. Only the first `maxSegments` names are
 * returned (the whole body is still checked), because callers look at the root and a field or two.
 */
export function splitExpressionPath(body: string, maxSegments = Infinity): ExpressionPath {
  const segments: PathSegment[] = [];
  let at = 0;
  let end = body.length;
  while (at < end && isSpace(body.charCodeAt(at))) at++;
  while (end > at && isSpace(body.charCodeAt(end - 1))) end--;
  if (at === end) return { segments, error: 'empty expression' };
  if (body.charCodeAt(at) === DOLLAR && body.charCodeAt(at + 1) === DOT) at += 2;
  let named = true;
  while (at < end) {
    const ch = body.charCodeAt(at);
    if (ch === OPEN) {
      const close = closeBracket(body, at, end);
      if (close === -1) return { segments, error: "unclosed '['" };
      const name = named && segments.length < maxSegments ? quotedName(body, at + 1, close) : undefined;
      if (name) segments.push(name);
      else named = false;
      at = close + 1;
    } else if (ch === DOT) {
      if (at + 1 >= end) return { segments, error: "path must not end with '.'" };
      const deep = body.charCodeAt(at + 1) === DOT;
      if (deep) named = false;
      at += deep ? 2 : 1;
    } else {
      let stop = at + 1;
      while (stop < end && body.charCodeAt(stop) !== DOT && body.charCodeAt(stop) !== OPEN) stop++;
      if (named && segments.length < maxSegments)
        segments.push({ name: body.slice(at, stop), start: at, length: stop - at });
      at = stop;
    }
  }
  return { segments, error: undefined };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The index of the `]` matching the `[` at `open`, skipping quoted text and nested brackets; -1 if unclosed. */
function closeBracket(body: string, open: number, end: number): number {
  let depth = 0;
  for (let at = open; at < end; at++) {
    const ch = body[at];
    if (ch === "'" || ch === '"') {
      const quote = body.indexOf(ch, at + 1);
      if (quote === -1 || quote >= end) return -1;
      at = quote;
    } else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return at;
  }
  return -1;
}

/** `['name']` or `["name"]` between `from` and `to` → the segment; an index, `*` or filter → undefined. */
function quotedName(body: string, from: number, to: number): PathSegment | undefined {
  let start = from;
  let end = to;
  while (start < end && isSpace(body.charCodeAt(start))) start++;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  const quote = body[start];
  if ((quote !== "'" && quote !== '"') || end - start < 2 || body[end - 1] !== quote) return undefined;
  return { name: body.slice(start + 1, end - 1), start: start + 1, length: end - start - 2 };
}

/**
 * Before a nested `${…}`, only segments that end before it are known: in `${task_${workflow.input.n}.output}` the
 * root is `task_` plus whatever the inner expression yields, so a segment running into the nested one is dropped.
 */
export function completeSegments(
  segments: readonly PathSegment[],
  value: string,
  bodyStart: number,
  nestedAt: number,
): readonly PathSegment[] {
  const before = value.charCodeAt(nestedAt - 1);
  // '.' (46) or ']' (93) right before the nested expression closes the previous segment.
  return before === 46 || before === 93 || nestedAt === bodyStart ? segments : segments.slice(0, -1);
}
