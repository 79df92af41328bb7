/**
 * Thin adapters for editing assistance: completion and hover.
 */
import type { Connection } from 'vscode-languageserver';
import { getCompletions } from '../service/features/completion';
import { getHover } from '../service/features/hover';
import type { FeatureDeps } from './featureDeps';
import { withModel } from './withModel';

/** Characters after which the client asks for completion: path dots, `${`, string starts. */
export const COMPLETION_TRIGGERS = ['.', '{', '"'];

/** Registers completion and hover handlers. */
export function registerEditingHandlers(connection: Connection, deps: FeatureDeps): void {
  connection.onCompletion((params) =>
    withModel(deps, params, (document, model, offset) => getCompletions(document, model, offset, deps.index)),
  );
  connection.onHover((params) =>
    withModel(deps, params, (document, model, offset) => getHover(document, model, offset)),
  );
}
