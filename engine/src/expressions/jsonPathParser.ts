/**
 * Parses the Jayway JsonPath subset Conductor expressions use (reference/conductor.md §4.2): dotted names,
 * bracket names (`['a.b']`, `["x"]`, several names), indexes (negative too), slices, `*`, deep scan `..`,
 * filters `[?(…)]` and trailing functions such as `.length()`. Paths without a leading `$` are rooted, as Jayway
 * does for `workflow.input.x`.
 */

/** One step of a compiled path. */
export type PathSegment =
  | { kind: 'names'; names: string[] }
  | { kind: 'indexes'; indexes: number[] }
  | { kind: 'slice'; start: number | undefined; end: number | undefined }
  | { kind: 'wildcard' }
  | { kind: 'deep'; next: PathSegment }
  | { kind: 'filter'; expression: string }
  | { kind: 'function'; name: string };

/** A compiled path; `definite` is false when it can match several nodes (Jayway then returns a list). */
export interface CompiledPath {
  segments: PathSegment[];
  definite: boolean;
}

/** Thrown for text that is not a JsonPath; callers treat it like Jayway's InvalidPathException. */
export class InvalidPathError extends Error {}

const NAME_CHAR = /[^.[\]()\s]/;

/** Compiles `path` (without the surrounding `${}`), throwing InvalidPathError when it cannot be parsed. */
export function parsePath(path: string): CompiledPath {
  const text = path.trim();
  if (text === '') throw new InvalidPathError('empty path');
  let pos = text.startsWith('$') || text.startsWith('@') ? 1 : 0;
  const segments: PathSegment[] = [];
  if (pos === 0) pos = readDotted(text, 0, segments, false);
  while (pos < text.length) {
    if (text.startsWith('..', pos)) {
      const inner: PathSegment[] = [];
      pos = text[pos + 2] === '[' ? readBracket(text, pos + 2, inner) : readDotted(text, pos + 2, inner, true);
      const next = inner[0];
      if (!next || inner.length !== 1) throw new InvalidPathError(`bad deep scan at ${pos}`);
      segments.push({ kind: 'deep', next });
    } else if (text[pos] === '.') {
      pos = readDotted(text, pos + 1, segments, true);
    } else if (text[pos] === '[') {
      pos = readBracket(text, pos, segments);
    } else {
      throw new InvalidPathError(`unexpected '${text[pos] ?? ''}' at ${pos}`);
    }
  }
  const definite = segments.every((s) => s.kind === 'names' || s.kind === 'function' || isSingleIndex(s));
  return { segments, definite };
}

function isSingleIndex(segment: PathSegment): boolean {
  return segment.kind === 'indexes' && segment.indexes.length === 1;
}

function readDotted(text: string, start: number, out: PathSegment[], allowStar: boolean): number {
  if (allowStar && text[start] === '*') {
    out.push({ kind: 'wildcard' });
    return start + 1;
  }
  let end = start;
  while (end < text.length && NAME_CHAR.test(text[end] ?? '')) end++;
  if (end === start) throw new InvalidPathError(`missing property name at ${start}`);
  const name = text.slice(start, end);
  if (text.startsWith('()', end)) {
    out.push({ kind: 'function', name });
    return end + 2;
  }
  out.push({ kind: 'names', names: [name] });
  return end;
}

function readBracket(text: string, start: number, out: PathSegment[]): number {
  const close = findClose(text, start);
  const body = text.slice(start + 1, close).trim();
  out.push(bracketSegment(body));
  return close + 1;
}

function findClose(text: string, start: number): number {
  let quote: string | undefined;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i;
  }
  throw new InvalidPathError(`unclosed '[' at ${start}`);
}

function bracketSegment(body: string): PathSegment {
  if (body === '*') return { kind: 'wildcard' };
  if (body.startsWith('?(') && body.endsWith(')')) return { kind: 'filter', expression: body.slice(2, -1) };
  if (body.startsWith("'") || body.startsWith('"')) return { kind: 'names', names: splitQuoted(body) };
  const slice = /^(-?\d+)?\s*:\s*(-?\d+)?$/.exec(body);
  if (slice) return { kind: 'slice', start: toInt(slice[1]), end: toInt(slice[2]) };
  const parts = body.split(',').map((p) => p.trim());
  if (parts.length > 0 && parts.every((p) => /^-?\d+$/.test(p))) {
    return { kind: 'indexes', indexes: parts.map((p) => Number(p)) };
  }
  throw new InvalidPathError(`unsupported bracket expression [${body}]`);
}

function toInt(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function splitQuoted(body: string): string[] {
  const names: string[] = [];
  const re = /\s*(['"])((?:(?!\1).)*)\1\s*(,|$)/gy;
  let match: RegExpExecArray | null;
  while (re.lastIndex < body.length && (match = re.exec(body)) !== null) names.push(match[2] ?? '');
  if (re.lastIndex !== body.length || names.length === 0) throw new InvalidPathError(`bad quoted names [${body}]`);
  return names;
}
