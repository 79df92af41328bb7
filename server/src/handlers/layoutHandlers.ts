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
import { withDocument } from './withModel';

/** Registers formatting, folding, selection-range and semantic-token handlers. */
export function registerLayoutHandlers(connection: Connection, deps: FeatureDeps): void {
  connection.onDocumentFormatting((params) =>
    withDocument(deps, 'formatting', params.textDocument.uri, (e) => formatDocument(e.document, e.parsed), []),
  );
  connection.onFoldingRanges((params) =>
    withDocument(deps, 'folding', params.textDocument.uri, (e) => getFoldingRanges(e.document, e.parsed), []),
  );
  connection.onSelectionRanges((params) =>
    withDocument(
      deps,
      'selection ranges',
      params.textDocument.uri,
      (e) => getSelectionRanges(e.document, e.parsed, params.positions),
      [],
    ),
  );
  connection.languages.semanticTokens.onRange((params) =>
    withDocument(
      deps,
      'semantic tokens',
      params.textDocument.uri,
      (e) => getSemanticTokens(e.document, getFeatureModel(e.parsed), params.range),
      { data: [] },
    ),
  );
}
