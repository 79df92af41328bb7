/**
 * Thin adapters for editing assistance: completion, hover and code actions.
 */
import type { Connection } from 'vscode-languageserver';
import { getCodeActions } from '../service/features/codeActions';
import { getCompletions } from '../service/features/completion';
import { getFeatureModel } from '../service/features/featureModel';
import { getHover } from '../service/features/hover';
import type { FeatureDeps } from './featureDeps';
import { withDocument, withModel } from './withModel';

/** Characters after which the client asks for completion: path dots, `${`, string starts. */
export const COMPLETION_TRIGGERS = ['.', '{', '"'];

/** Registers completion, hover and code-action handlers. */
export function registerEditingHandlers(connection: Connection, deps: FeatureDeps): void {
  connection.onCompletion((params) =>
    withModel(deps, 'completion', params, (document, model, offset) =>
      getCompletions(document, model, offset, deps.index),
    ),
  );
  connection.onHover((params) =>
    withModel(deps, 'hover', params, (document, model, offset) => getHover(document, model, offset)),
  );
  connection.onCodeAction((params) =>
    withDocument(
      deps,
      'code actions',
      params.textDocument.uri,
      (e) => getCodeActions(e.document, getFeatureModel(e.parsed), params.range, params.context.diagnostics),
      [],
    ),
  );
}
