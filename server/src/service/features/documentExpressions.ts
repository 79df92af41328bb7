/**
 * Every `${…}` expression of a document with raw text ranges, built on the rules' expression scanner and path
 * splitter over a linear token scan (no tree). References, rename, definition, hover and semantic tokens read
 * expressions through this module.
 */
import { splitExpressionPath } from '../model/expressionPath';
import { scanExpressions } from '../model/expressionScanner';
import { mapStringSpan } from '../stringSpan';
import type { OffsetRange } from '../types';
import { forEachStringValue } from './stringTokens';
import type { StringToken } from './stringTokens';

/** A named path segment of an expression, placed in the document text. */
export interface PlacedSegment {
  readonly name: string;
  readonly range: OffsetRange;
}

/** One expression (nested ones are listed separately) inside a JSON string value. */
export interface PlacedExpression {
  /** Raw range of the whole `${…}`. */
  readonly range: OffsetRange;
  /** Named segments, root first (`workflow`, a task ref, an env name…); empty for `${}`. */
  readonly segments: readonly PlacedSegment[];
}

/** Every expression in the text, or in the whole lines `[from, to)`; escaped `$${…}` are skipped (§4.2). */
export function documentExpressions(text: string, from = 0, to = text.length): PlacedExpression[] {
  const expressions: PlacedExpression[] = [];
  forEachStringValue(text, '${', (token) => expressions.push(...expressionsInString(text, token)), from, to);
  return expressions;
}

/** The offsets of the whole lines around `[start, end]`. */
export function lineSpan(text: string, start: number, end = start): OffsetRange {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return { start: lineStart, end: lineEnd === -1 ? text.length : lineEnd };
}

/** The expressions of one string token, nested ones included. */
export function expressionsInString(text: string, token: StringToken): PlacedExpression[] {
  const place = (start: number, length: number): OffsetRange => mapStringSpan(text, token.range, { start, length });
  const found: PlacedExpression[] = [];
  const scan = (value: string, base: number): void => {
    for (const expression of scanExpressions(value)) {
      if (expression.escaped) continue;
      const bodyStart = base + expression.bodyStart;
      // The outer path's segments end where a nested expression starts (it is resolved first, §4.2).
      const nested = expression.body.indexOf('${');
      const head = nested === -1 ? expression.body : expression.body.slice(0, nested);
      const segments = splitExpressionPath(head).segments.map((segment) => ({
        name: segment.name,
        range: place(bodyStart + segment.start, segment.length),
      }));
      found.push({ range: place(base + expression.start, expression.length), segments });
      if (nested !== -1) scan(expression.body, bodyStart);
    }
  };
  scan(token.value, 0);
  return found;
}
