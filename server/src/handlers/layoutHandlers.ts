/**
 * Thin adapters for layout features: formatting, folding ranges, selection ranges and semantic tokens.
 */
import type { Connection } from 'vscode-languageserver';
import { getFeatureModel } from '../service/features/featureModel';
import { getFoldingRanges } from '../service/features/foldingRanges';
import { formatDocument } from '../service/features/formatting';
import { getSelectionRanges } from '../service/features/selectionRanges';
import { getSemanticTokens } from '../service/features/semanticTokens';
import type { FeatureDeps } from './featureDeps';

/** Registers formatting, folding, selection-range and semantic-token handlers. */
export function registerLayoutHandlers(connection: Connection, deps: FeatureDeps): void {
  connection.onDocumentFormatting((params) => {
    const entry = deps.getParsed(params.textDocument.uri);
    return entry ? formatDocument(entry.document, entry.parsed) : null;
  });
  connection.onFoldingRanges((params) => {
    const entry = deps.getParsed(params.textDocument.uri);
    return entry ? getFoldingRanges(entry.document, entry.parsed) : null;
  });
  connection.onSelectionRanges((params) => {
    const entry = deps.getParsed(params.textDocument.uri);
    return entry ? getSelectionRanges(entry.document, entry.parsed, params.positions) : null;
  });
  connection.languages.semanticTokens.onRange((params) => {
    const entry = deps.getParsed(params.textDocument.uri);
    return entry ? getSemanticTokens(entry.document, getFeatureModel(entry.parsed), params.range) : { data: [] };
  });
}
