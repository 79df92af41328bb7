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
  const included = includeGlobs.map((glob) => ({ scheme: 'file', language: 'json', pattern: anchorGlob(glob) }));
  return [...byLanguage, ...untitled, ...included];
}

/**
 * Document filters match globs against absolute paths, so a relative glob such as `workflows/*.json` may match under
 * any folder: it gets a leading `**` + `/`. The server anchors the same way (`server/src/workspaceGlob.ts`).
 */
export function anchorGlob(glob: string): string {
  const trimmed = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  return trimmed.startsWith('/') || trimmed.startsWith('**/') ? trimmed : `**/${trimmed}`;
}
