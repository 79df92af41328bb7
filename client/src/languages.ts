/**
 * The editor languages this extension contributes (see `contributes.languages` in package.json) and the document
 * filters the language client serves.
 */
import type { DocumentFilter } from 'vscode-languageclient/node';

/** Language ids of Conductor definition files, one per definition kind. */
export const conductorLanguageIds = [
  'conductor-workflow',
  'conductor-taskdef',
  'conductor-event',
  'conductor-schedule',
] as const;

/**
 * Filters for the documents the language server validates: every Conductor language, plus plain JSON files that
 * match one of the user's `conductor.definitions.include` globs (projects keeping definitions as `workflows/*.json`).
 */
export function conductorDocumentSelector(includeGlobs: readonly string[]): DocumentFilter[] {
  const byLanguage = conductorLanguageIds.map((language) => ({ scheme: 'file', language }));
  // Untitled buffers switched to a Conductor language deserve diagnostics too.
  const untitled = conductorLanguageIds.map((language) => ({ scheme: 'untitled', language }));
  const included = includeGlobs.map((pattern) => ({ scheme: 'file', language: 'json', pattern }));
  return [...byLanguage, ...untitled, ...included];
}
