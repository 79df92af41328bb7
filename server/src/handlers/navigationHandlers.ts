/**
 * Thin adapters for navigation features: definition, references, rename, highlights, document symbols. Each looks
 * up the parsed document, calls the pure feature and returns; refusals become LSP errors whose message the editor
 * shows.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Connection } from 'vscode-languageserver';
import { findDefinition } from '../service/features/definition';
import { getDocumentHighlights } from '../service/features/documentHighlights';
import { getDocumentSymbols } from '../service/features/documentSymbols';
import { getFeatureModel } from '../service/features/featureModel';
import { findReferences } from '../service/features/references';
import { prepareRename, renameReference } from '../service/features/rename';
import type { Refusable } from '../service/features/rename';
import type { FeatureDeps } from './featureDeps';
import { withDocument, withModel } from './withModel';

/** The value of a refusable result, or a ResponseError carrying the reason for the editor to show. */
function orRefuse<T>(result: Refusable<T>): T {
  if (!result.ok) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
  return result.value;
}

/** Registers definition, references, rename, highlight and document-symbol handlers. */
export function registerNavigationHandlers(connection: Connection, deps: FeatureDeps): void {
  connection.onDefinition((params) =>
    withModel(deps, 'definition', params, (document, model, offset) =>
      findDefinition(document, model, offset, deps.index),
    ),
  );
  connection.onReferences((params) =>
    withModel(deps, 'references', params, (document, model, offset) =>
      findReferences(document, model, offset, params.context.includeDeclaration),
    ),
  );
  connection.onPrepareRename((params) =>
    withModel(deps, 'prepare rename', params, (document, model, offset) =>
      orRefuse(prepareRename(document, model, offset)),
    ),
  );
  connection.onRenameRequest((params) =>
    withModel(deps, 'rename', params, (document, model, offset) =>
      orRefuse(renameReference(document, model, offset, params.newName)),
    ),
  );
  connection.onDocumentHighlight((params) =>
    withModel(deps, 'highlights', params, (document, model, offset) => getDocumentHighlights(document, model, offset)),
  );
  connection.onDocumentSymbol((params) =>
    withDocument(
      deps,
      'document symbols',
      params.textDocument.uri,
      (e) => getDocumentSymbols(e.document, getFeatureModel(e.parsed)),
      [],
    ),
  );
}
