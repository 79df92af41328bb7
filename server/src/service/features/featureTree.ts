/**
 * The position-aware tree that editor features share. Diagnostics never build it (they stay close to
 * `JSON.parse` speed); features build it lazily, once per parsed document version.
 */
import { parseTree } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import type { ParsedDocument } from '../types';

// Keyed by the parsed document object: the document cache makes one per uri@version, so the tree lives and dies with it.
const trees = new WeakMap<ParsedDocument, Node | null>();

/** The jsonc-parser tree of a parsed document (tolerant of syntax errors), or undefined for empty text. */
export function getTree(parsed: ParsedDocument): Node | undefined {
  let tree = trees.get(parsed);
  if (tree === undefined) {
    tree = parseTree(parsed.text, [], { allowTrailingComma: true, disallowComments: false }) ?? null;
    trees.set(parsed, tree);
  }
  return tree ?? undefined;
}
