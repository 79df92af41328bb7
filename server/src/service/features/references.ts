/**
 * Find all references of a task reference name within the workflow file.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Location } from 'vscode-languageserver-types';
import type { FeatureModel } from './featureModel';
import { occurrenceAt, refOccurrences } from './refOccurrences';
import { toRange } from './featureRanges';

/** Every use of the reference under the cursor; the declaring `taskReferenceName` only when asked for. */
export function findReferences(
  document: TextDocument,
  model: FeatureModel,
  offset: number,
  includeDeclaration: boolean,
): Location[] {
  const occurrence = occurrenceAt(model, offset);
  if (!occurrence) return [];
  return refOccurrences(model, occurrence.ref)
    .filter((use) => includeDeclaration || use.kind !== 'declaration')
    .sort((a, b) => a.range.start - b.range.start)
    .map((use) => Location.create(document.uri, toRange(document, use.range)));
}
