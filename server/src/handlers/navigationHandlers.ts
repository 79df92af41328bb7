/**
 * Thin adapters for navigation features: definition, references, rename, highlights, document symbols. Each looks up the
 * parsed document, calls the pure feature and returns; refusals become LSP errors whose message the editor shows.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Connection } from 'vscode-languageserver';
import { findDefinition } from '../service/features/definition';
import { getDocumentHighlights } from '../service/features/documentHighlights';
import { getDocumentSymbols } from '../service/features/documentSymbols';
import { getFeatureModel } from '../service/features/featureModel';
import { findReferences } from '../service/features/references';
import { prepareRename, renameReference } from '../service/features/rename';
import type { FeatureDeps } from './featureDeps';
import { withModel } from './withModel';

/** Registers definition, references, rename, highlight and document-symbol handlers. */
export function registerNavigationHandlers(connection: Connection, deps: FeatureDeps): void {
  connection.onDefinition((params) =>
    withModel(deps, params, (document, model, offset) => findDefinition(document, model, offset, deps.index)),
  );
  connection.onReferences((params) =>
    withModel(deps, params, (document, model, offset) =>
      findReferences(document, model, offset, params.context.includeDeclaration),
    ),
  );
  connection.onPrepareRename((params) =>
    withModel(deps, params, (document, model, offset) => {
      const result = prepareRename(document, model, offset);
      if (!result.ok) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
      return result.value;
    }),
  );
  connection.onRenameRequest((params) =>
    withModel(deps, params, (document, model, offset) => {
      const result = renameReference(document, model, offset, params.newName);
      if (!result.ok) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
      return result.value;
    }),
  );
  connection.onDocumentHighlight((params) =>
    withModel(deps, params, (document, model, offset) => getDocumentHighlights(document, model, offset)),
  );
  connection.onDocumentSymbol((params) => {
    const entry = deps.getParsed(params.textDocument.uri);
    return entry ? getDocumentSymbols(entry.document, getFeatureModel(entry.parsed)) : null;
  });
}
