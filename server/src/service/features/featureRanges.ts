/**
 * Offset ↔ LSP range conversion for features, in one place (the edge where offsets become positions).
 */
import type { Node } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Range } from 'vscode-languageserver-types';
import type { OffsetRange } from '../types';

/** An LSP range for an offset range. */
export function toRange(document: TextDocument, range: OffsetRange): Range {
  return Range.create(document.positionAt(range.start), document.positionAt(range.end));
}

/** The LSP range covering a tree node. */
export function nodeRange(document: TextDocument, node: Node): Range {
  return toRange(document, { start: node.offset, end: node.offset + node.length });
}
