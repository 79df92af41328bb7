/**
 * Editor features of the language server: the capabilities they provide and their registration. The shell
 * (`startServer.ts`) merges `featureCapabilities` into its initialize result and calls `registerFeatureHandlers`.
 */
import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import { getFoldingRanges } from '../service/features/foldingRanges';
import type { FeatureDeps } from './featureDeps';

export type { FeatureDeps, ParsedEntry } from './featureDeps';

/** The LSP capabilities implemented by the feature handlers. */
export const featureCapabilities: ServerCapabilities = {
  foldingRangeProvider: true,
};

/** Registers every feature handler on the connection; each is a thin adapter over a pure function. */
export function registerFeatureHandlers(connection: Connection, deps: FeatureDeps): void {
  connection.onFoldingRanges((params) => {
    const entry = deps.getParsed(params.textDocument.uri);
    return entry ? getFoldingRanges(entry.document, entry.parsed) : null;
  });
}
