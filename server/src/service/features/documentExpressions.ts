/**
 * Every `${…}` expression of a document with raw text ranges, built on the rules' expression scanner and path
 * splitter. References, rename, definition, hover and semantic tokens all read expressions through this module.
 */
import type { Node } from 'jsonc-parser';
import { splitExpressionPath } from '../model/expressionPath';
import { scanExpressions } from '../model/expressionScanner';
import { mapStringSpan } from '../stringSpan';
import type { OffsetRange } from '../types';
import type { FeatureModel } from './featureModel';

/** A named path segment of an expression, placed in the document text. */
export interface PlacedSegment {
  readonly name: string;
  readonly range: OffsetRange;
}

/** One expression (nested ones are listed separately) inside a JSON string value. */
export interface PlacedExpression {
  /** The string node holding the expression. */
  readonly node: Node;
  /** Raw range of the whole `${…}`. */
  readonly range: OffsetRange;
  /** Named segments, root first (`workflow`, a task ref, an env name…); empty for `${}`. */
  readonly segments: readonly PlacedSegment[];
}

/** The expressions of one string node, nested ones included; escaped `$${…}` are skipped (§4.2). */
export function expressionsInString(text: string, node: Node): PlacedExpression[] {
  if (node.type !== 'string' || typeof node.value !== 'string') return [];
  const token = { start: node.offset, end: node.offset + node.length };
  const place = (start: number, length: number): OffsetRange => mapStringSpan(text, token, { start, length });
  const found: PlacedExpression[] = [];
  const scan = (value: string, base: number): void => {
    for (const expression of scanExpressions(value)) {
      if (expression.escaped) continue;
      const bodyStart = base + expression.bodyStart;
      const segments = splitExpressionPath(expression.body).segments.map((segment) => ({
        name: segment.name,
        range: place(bodyStart + segment.start, segment.length),
      }));
      found.push({ node, range: place(base + expression.start, expression.length), segments });
      scan(expression.body, bodyStart);
    }
  };
  scan(node.value, 0);
  return found;
}

/** Every string value node of the tree (keys excluded), in document order. */
export function stringValues(model: FeatureModel): Node[] {
  const strings: Node[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'string') strings.push(node);
    else if (node.type === 'property') {
      const value = node.children?.[1];
      if (value) visit(value);
    } else node.children?.forEach(visit);
  };
  if (model.tree) visit(model.tree);
  return strings;
}

/** Every expression in the document. */
export function documentExpressions(model: FeatureModel): PlacedExpression[] {
  return stringValues(model).flatMap((node) => expressionsInString(model.parsed.text, node));
}

/** True when `offset` lies within `range` (both ends included, as a cursor can sit right after a word). */
export function touches(range: OffsetRange, offset: number): boolean {
  return offset >= range.start && offset <= range.end;
}
