/**
 * Finds `${…}` expressions in a string (reference §4.2). Linear: it jumps between `${` and `}` with indexOf and
 * never backtracks, because a large workflow holds thousands of expressions.
 */

/** One `${…}` found in a string; offsets are in decoded characters of that string. */
export interface ExpressionToken {
  /** Offset of `$` (of the first `$` for an escaped `$${`). */
  readonly start: number;
  /** Length up to and including the closing `}` (to the end of the string when unclosed). */
  readonly length: number;
  /** The text between the braces (nested expressions included verbatim). */
  readonly body: string;
  /** Offset of the first character of `body`. */
  readonly bodyStart: number;
  /** `$${…}`: Conductor leaves it unresolved and outputs `${…}` (§4.2). */
  readonly escaped: boolean;
  /** False when the string ends before the matching `}`. */
  readonly closed: boolean;
}

/**
 * Receives each top-level expression without allocating: `start`/`end` bound the whole token, `bodyStart`/`bodyEnd`
 * its body (nested `${…}` stay inside the body).
 */
export type ExpressionVisitor = (
  start: number,
  end: number,
  bodyStart: number,
  bodyEnd: number,
  escaped: boolean,
  closed: boolean,
) => void;

/** Calls `visit` for each top-level expression of `text`, in order. */
export function forEachExpression(text: string, visit: ExpressionVisitor): void {
  let from = 0;
  for (;;) {
    const open = text.indexOf('${', from);
    if (open === -1) return;
    const escaped = open > 0 && text.charCodeAt(open - 1) === 36; // '$'
    const close = findClose(text, open + 2);
    const end = close === -1 ? text.length : close + 1;
    visit(escaped ? open - 1 : open, end, open + 2, close === -1 ? text.length : close, escaped, close !== -1);
    if (close === -1) return;
    from = end;
  }
}

/** All top-level expressions of `text`, in order. Nested ones stay inside `body`; scan the body to find them. */
export function scanExpressions(text: string): ExpressionToken[] {
  const tokens: ExpressionToken[] = [];
  forEachExpression(text, (start, end, bodyStart, bodyEnd, escaped, closed) => {
    tokens.push({ start, length: end - start, body: text.slice(bodyStart, bodyEnd), bodyStart, escaped, closed });
  });
  return tokens;
}

/** Index of the `}` closing an expression whose body starts at `from`, honouring nested `${…}`; -1 if none. */
function findClose(text: string, from: number): number {
  let depth = 0;
  let at = from;
  for (;;) {
    const close = text.indexOf('}', at);
    if (close === -1) return -1;
    const open = text.indexOf('${', at);
    if (open !== -1 && open < close) {
      depth++;
      at = open + 2;
    } else if (depth === 0) {
      return close;
    } else {
      depth--;
      at = close + 1;
    }
  }
}
