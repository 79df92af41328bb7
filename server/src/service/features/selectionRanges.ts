/**
 * Selection ranges (expand/shrink selection): string content, value, property, enclosing object or array, and so on
 * up to the document.
 */
import { findNodeAtOffset } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import { Range, SelectionRange } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../types';
import { getFeatureModel } from './featureModel';

/** One selection-range chain per position, innermost first (LSP links each range to its `parent`). */
export function getSelectionRanges(
  document: TextDocument,
  parsed: ParsedDocument,
  positions: readonly Position[],
): SelectionRange[] {
  const { tree } = getFeatureModel(parsed);
  return positions.map((position) => {
    const offset = document.offsetAt(position);
    const node = tree ? findNodeAtOffset(tree, offset, true) : undefined;
    return chainFor(document, node, offset) ?? SelectionRange.create(Range.create(position, position));
  });
}

/** Offset spans from the innermost node outwards, without repeats. */
function spansFor(node: Node | undefined, offset: number): [number, number][] {
  const spans: [number, number][] = [];
  const push = (start: number, end: number): void => {
    const last = spans[spans.length - 1];
    if (!last || last[0] !== start || last[1] !== end) spans.push([start, end]);
  };
  for (let current = node; current; current = current.parent) {
    const start = current.offset;
    const end = current.offset + current.length;
    // Inside a string, its content without quotes comes first (what a double-click would pick).
    if (current.type === 'string' && offset > start && offset < end) push(start + 1, end - 1);
    push(start, end);
  }
  return spans;
}

function chainFor(document: TextDocument, node: Node | undefined, offset: number): SelectionRange | undefined {
  let result: SelectionRange | undefined;
  for (const [start, end] of spansFor(node, offset).reverse()) {
    result = SelectionRange.create(Range.create(document.positionAt(start), document.positionAt(end)), result);
  }
  return result;
}
