/**
 * Folding ranges for objects and arrays that span several lines, so authors can collapse tasks, branches and
 * parameter maps.
 */
import type { Node } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FoldingRange } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../types';
import { getFeatureModel } from './featureModel';

/** Every multi-line object or array, folding from its opening line to the line before its closing bracket. */
export function getFoldingRanges(document: TextDocument, parsed: ParsedDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'object' || node.type === 'array') {
      const startLine = document.positionAt(node.offset).line;
      // The closing bracket's line stays visible, like VS Code's own JSON folding.
      const endLine = document.positionAt(node.offset + node.length).line - 1;
      if (endLine > startLine) ranges.push(FoldingRange.create(startLine, endLine));
    }
    node.children?.forEach(visit);
  };
  const { tree } = getFeatureModel(parsed);
  if (tree) visit(tree);
  return ranges;
}
