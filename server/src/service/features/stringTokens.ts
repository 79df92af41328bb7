/**
 * A linear pass over the JSON string *values* of a text with jsonc-parser's scanner (keys skipped), without building
 * a tree: expression features on a 1 MB workflow stay fast and allocate little.
 */
import { createScanner } from 'jsonc-parser';
import type { OffsetRange } from '../types';

// jsonc-parser's `SyntaxKind` is an ambient const enum, which isolated modules cannot read; its values are stable API.
const COLON = 6;
const STRING = 10;
const COMMENT_LINE = 12;
const COMMENT_BLOCK = 13;
const LINE_BREAK = 14;
const TRIVIA = 15;
const EOF = 17;
const SKIPPED = new Set([COMMENT_LINE, COMMENT_BLOCK, LINE_BREAK, TRIVIA]);

/** A string value token: its raw range (quotes included) and decoded value. */
export interface StringToken {
  readonly range: OffsetRange;
  readonly value: string;
}

/**
 * Calls `visit` for every string value whose decoded value contains `needle` (e.g. `${`), in document order. `from`/`to`
 * limit the scan to whole lines: JSON strings never span lines, so a line start is never inside one.
 */
export function forEachStringValue(
  text: string,
  needle: string,
  visit: (token: StringToken) => void,
  from = 0,
  to = text.length,
): void {
  const scanner = createScanner(from === 0 && to === text.length ? text : text.slice(from, to), true);
  let pending: StringToken | undefined;
  const next = (): number => scanner.scan();
  for (let kind = next(); kind !== EOF; kind = next()) {
    if (SKIPPED.has(kind)) continue;
    // A string followed by ':' was a key; anything else confirms the previous string as a value.
    if (pending && kind !== COLON) visit(pending);
    pending = undefined;
    if (kind !== STRING) continue;
    const start = from + scanner.getTokenOffset();
    const end = start + scanner.getTokenLength();
    // The decoded value decides: `\u0024{x}` is an expression to Conductor too.
    const value = scanner.getTokenValue();
    if (value.includes(needle)) pending = { range: { start, end }, value };
  }
  if (pending) visit(pending);
}
