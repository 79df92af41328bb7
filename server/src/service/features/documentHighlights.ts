/**
 * Document highlights: every occurrence of the task reference under the cursor, the declaration as a write.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver-types';
import type { FeatureModel } from './featureModel';
import { toRange } from './featureRanges';
import { occurrenceAt, refOccurrences } from './refOccurrences';

/** Highlights for the reference under the cursor; none off a reference. */
export function getDocumentHighlights(
  document: TextDocument,
  model: FeatureModel,
  offset: number,
): DocumentHighlight[] {
  const occurrence = occurrenceAt(model, offset);
  if (!occurrence) return [];
  return refOccurrences(model, occurrence.ref).map((use) =>
    DocumentHighlight.create(
      toRange(document, use.range),
      use.kind === 'declaration' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    ),
  );
}
