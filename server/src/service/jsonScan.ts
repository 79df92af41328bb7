/**
 * Char-code primitives over raw JSON text, shared by the lazy locator and the duplicate-key scan. They never
 * allocate and never recurse, so nesting depth cannot overflow the stack; on malformed text they stop at the
 * text's end instead of looping.
 */

const QUOTE = 34; // "
const BACKSLASH = 92; // \
const OPEN_BRACE = 123; // {
const CLOSE_BRACE = 125; // }
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const COMMA = 44; // ,

/** True for JSON whitespace: space, tab, LF, CR. */
export function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** The first offset at or after `offset` that is not JSON whitespace. */
export function skipWhitespace(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** Given the offset of an opening quote, the offset just after the closing quote (or the text's end). */
export function stringEnd(text: string, quote: number): number {
  let i = quote + 1;
  for (;;) {
    const next = text.indexOf('"', i);
    if (next < 0) return text.length;
    // A quote is escaped only when preceded by an odd number of backslashes.
    let slashes = 0;
    while (text.charCodeAt(next - 1 - slashes) === BACKSLASH) slashes++;
    if ((slashes & 1) === 0) return next + 1;
    i = next + 1;
  }
}

/** Given the offset where a value starts, the offset just after it (strings, containers and literals). */
export function valueEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return stringEnd(text, start);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) return containerEnd(text, start);
  let i = start;
  // Numbers and literals end at a delimiter or whitespace.
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isWhitespace(code)) break;
    i++;
  }
  return i;
}

function containerEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = stringEnd(text, i);
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return text.length;
}

/** The decoded text of the string token `[start, end)` (quotes included); raw slices are used when unescaped. */
export function decodeString(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  if (raw.indexOf('\\') < 0) return raw;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return raw;
  }
}
