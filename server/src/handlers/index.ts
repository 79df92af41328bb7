/**
 * Editor features of the language server: the capabilities they provide and their registration. The shell
 * (`startServer.ts`) merges `featureCapabilities` into its initialize result and calls `registerFeatureHandlers`.
 */
import { CodeActionKind } from 'vscode-languageserver';
import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import { semanticTokensLegend } from '../service/features/semanticTokens';
import { COMPLETION_TRIGGERS, registerEditingHandlers } from './editingHandlers';
import type { FeatureDeps } from './featureDeps';
import { registerLayoutHandlers } from './layoutHandlers';
import { registerNavigationHandlers } from './navigationHandlers';

/** The dependencies the shell passes to `registerFeatureHandlers`. */
export type { FeatureDeps, ParsedEntry } from './featureDeps';

/** The LSP capabilities implemented by the feature handlers. */
export const featureCapabilities: ServerCapabilities = {
  completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  documentSymbolProvider: true,
  documentFormattingProvider: true,
  foldingRangeProvider: true,
  selectionRangeProvider: true,
  // Range only: the editor asks for the visible lines, so colouring a 1 MB workflow stays cheap on every edit.
  semanticTokensProvider: { legend: semanticTokensLegend, range: true, full: false },
};

/** Registers every feature handler on the connection; each is a thin adapter over a pure function. */
export function registerFeatureHandlers(connection: Connection, deps: FeatureDeps): void {
  registerEditingHandlers(connection, deps);
  registerNavigationHandlers(connection, deps);
  registerLayoutHandlers(connection, deps);
}
