/**
 * Splits the body of a `${…}` expression into JSONPath segments (Jayway JsonPath syntax, §4.2), e.g.
 * `ref.output.items[0].id` or `ref.output['a.b']`, and detects bodies Jayway would refuse to compile.
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

/** Parses `body`. A leading `$.` (explicit JsonPath root) is accepted and skipped. */
export function splitExpressionPath(body: string): ExpressionPath {
  const segments: PathSegment[] = [];
  const trimmed = body.trim();
  if (trimmed === '') return { segments, error: 'empty expression' };
  let at = body.indexOf(trimmed);
  const end = at + trimmed.length;
  if (body.startsWith('$.', at)) at += 2;
  let named = true;
  while (at < end) {
    const ch = body[at];
    if (ch === '[') {
      const close = closeBracket(body, at, end);
      if (close === -1) return { segments, error: "unclosed '['" };
      const inner = body.slice(at + 1, close);
      const quoted = quotedName(inner);
      const nameStart = at + 2 + inner.length - inner.trimStart().length;
      if (named && quoted !== undefined) segments.push({ name: quoted, start: nameStart, length: quoted.length });
      else named = false;
      at = close + 1;
    } else if (ch === '.') {
      if (at + 1 >= end) return { segments, error: "path must not end with '.'" };
      if (body[at + 1] === '.') named = false;
      at += body[at + 1] === '.' ? 2 : 1;
    } else {
      const stop = nextDelimiter(body, at, end);
      if (named) segments.push({ name: body.slice(at, stop), start: at, length: stop - at });
      at = stop;
    }
  }
  return { segments, error: undefined };
}

function nextDelimiter(body: string, from: number, end: number): number {
  let at = from;
  while (at < end && body[at] !== '.' && body[at] !== '[') at++;
  return at;
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

/** `'name'` or `"name"` → name; anything else (index, `*`, filter) → undefined. */
function quotedName(inner: string): string | undefined {
  const text = inner.trim();
  const quote = text[0];
  if ((quote === "'" || quote === '"') && text.length >= 2 && text.endsWith(quote)) return text.slice(1, -1);
  return undefined;
}
