/**
 * The common shape of positional handlers: resolve the open document and its feature model, convert the position
 * to an offset, run the feature.
 */
import type { Position, TextDocumentIdentifier } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getFeatureModel } from '../service/features/featureModel';
import type { FeatureModel } from '../service/features/featureModel';
import type { FeatureDeps } from './featureDeps';

/** Runs `feature` for a positional request; null when the document is not open (the client then shows nothing). */
export function withModel<T>(
  deps: FeatureDeps,
  params: { textDocument: TextDocumentIdentifier; position: Position },
  feature: (document: TextDocument, model: FeatureModel, offset: number) => T,
): T | null {
  const entry = deps.getParsed(params.textDocument.uri);
  if (!entry) return null;
  const result = feature(entry.document, getFeatureModel(entry.parsed), entry.document.offsetAt(params.position));
  return result ?? null;
}
