/**
 * Where the cursor is, in the terms completion needs: the JSON path, whether a property key or a value is being
 * typed, the node being replaced, and the document kind (file name first, then shape).
 */
import { getLocation } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { detectKind } from '../documentKind';
import type { DocumentKind, JsonPath } from '../types';
import type { FeatureIndex } from './featureIndex';
import type { FeatureModel } from './featureModel';
import { nodeRange, toRange } from './featureRanges';

/** The cursor's situation for completion. */
export interface CompletionContext {
  readonly document: TextDocument;
  readonly model: FeatureModel;
  readonly offset: number;
  readonly index: FeatureIndex | undefined;
  readonly kind: DocumentKind | undefined;
  /** Path of the value (or, at a key, of the property) under the cursor. */
  readonly path: JsonPath;
  readonly atKey: boolean;
  /**
   * The string or key being typed; undefined between tokens. A string without its closing quote yet (typing at the
   * end of a line, no auto-closing) reads as if closed, so offsets inside it count every typed character.
   */
  readonly node: Node | undefined;
  /** What a chosen item replaces: the node being typed, or an empty range at the cursor. */
  readonly replace: Range;
}

/** Builds the context for `offset`. */
export function completionContext(
  document: TextDocument,
  model: FeatureModel,
  offset: number,
  index: FeatureIndex | undefined,
): CompletionContext {
  const location = getLocation(model.parsed.text, offset);
  const previous = location.previousNode;
  // A key arrives as a 'property' node whose offset/length are the key string's.
  const touching = previous && offset >= previous.offset && offset <= previous.offset + previous.length;
  const typed = touching && (previous.type === 'string' || previous.type === 'property') ? previous : undefined;
  const node =
    typed?.type === 'string' && !isClosed(model.parsed.text, typed) ? { ...typed, length: typed.length + 1 } : typed;
  return {
    document,
    model,
    offset,
    index,
    kind: detectKind(document.uri, model.value),
    path: location.path,
    atKey: location.isAtPropertyKey,
    node,
    replace: typed ? nodeRange(document, typed) : toRange(document, { start: offset, end: offset }),
  };
}

// jsonc-parser ends an unterminated string at the line end; its last character is then content, not a quote.
function isClosed(text: string, node: Node): boolean {
  const last = node.offset + node.length - 1;
  if (node.length < 2 || text.charCodeAt(last) !== 34 /* " */) return false;
  let backslashes = 0;
  while (text.charCodeAt(last - 1 - backslashes) === 92 /* \ */) backslashes++;
  return backslashes % 2 === 0;
}

/** True when `path` points into a task list: `tasks`, a case, `defaultCase`, a fork branch or `loopOver`. */
export function isTaskListPath(listPath: JsonPath): boolean {
  const last = listPath[listPath.length - 1];
  const before = listPath[listPath.length - 2];
  if (listPath.length === 1) return last === 'tasks';
  return last === 'loopOver' || last === 'defaultCase' || before === 'decisionCases' || before === 'forkTasks';
}
