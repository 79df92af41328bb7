/**
 * Typed getters over the `conductor.*` settings the client itself needs. The language server pulls its own
 * settings through `workspace/configuration`; the client only needs what shapes the language client.
 */
import * as vscode from 'vscode';

/** The settings section every contributed setting lives in. */
export const configurationSection = 'conductor';

/** Setting that lists globs of plain `*.json` files holding Conductor definitions. */
export const includeSetting = 'definitions.include';

/** Globs of plain JSON definition files, sanitized: non-strings and blanks are dropped. */
export function getIncludeGlobs(): string[] {
  const raw = vscode.workspace.getConfiguration(configurationSection).get<unknown>(includeSetting);
  if (!Array.isArray(raw)) return [];
  return raw.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '');
}

/** Calls `listener` when a setting that needs a language-client restart changes. */
export function onIncludeGlobsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(`${configurationSection}.${includeSetting}`)) listener();
  });
}
