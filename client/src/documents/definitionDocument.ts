/**
 * Which open documents are definition files, for the features of a definition file that are not menus: the
 * Register lens on every kind, the Start and Show Diagram lenses and Start from the palette on workflows. A document
 * of a Conductor language (`*.workflow.json`, …) is one; so is a plain JSON file that `conductor.definitions.include`
 * matches and that holds a definition (by shape, as the language server and Register decide), the files the
 * definition menus already serve (includedDefinitionFiles). Pure: no `vscode` import (a TextDocument fits
 * `DefinitionDocumentLike`).
 */
import { conductorLanguageIds } from '../languages';
import type { DocumentKind } from './definitionKind';
import { IncludedDefinitionFiles } from './includedDefinitionFiles';
import { definitionsInFile } from './workspaceDefinitions';

/** The parts of a text document the decision reads. */
export interface DefinitionDocumentLike {
  readonly languageId: string;
  readonly uri: { readonly scheme: string; readonly fsPath: string };
  getText(): string;
}

/**
 * The document selector of the definition code lenses: the Conductor languages, and plain JSON files on disk, which
 * the providers narrow with `isDefinitionDocument` (the include globs may change while the providers stay registered).
 */
export const DEFINITION_LENS_SELECTOR: readonly { readonly language: string; readonly scheme?: string }[] = [
  ...conductorLanguageIds.map((language) => ({ language })),
  { language: 'json', scheme: 'file' },
];

/** The kind of definition file `document` is under `includeGlobs`, or undefined when it is none. */
export function definitionDocumentKind(
  document: DefinitionDocumentLike,
  includeGlobs: readonly string[],
): DocumentKind | undefined {
  const byLanguage = /^conductor-(workflow|taskdef|event|schedule)$/.exec(document.languageId)?.[1];
  if (byLanguage) return byLanguage as DocumentKind;
  if (document.languageId !== 'json' || document.uri.scheme !== 'file' || includeGlobs.length === 0) return undefined;
  const path = document.uri.fsPath;
  if (!new IncludedDefinitionFiles(includeGlobs).covers(path)) return undefined;
  return definitionsInFile(path, document.getText())[0]?.kind;
}

/** True for a definition file of any kind (see `definitionDocumentKind`). */
export function isDefinitionDocument(document: DefinitionDocumentLike, includeGlobs: readonly string[]): boolean {
  return definitionDocumentKind(document, includeGlobs) !== undefined;
}

/** True for a workflow file, or an included plain JSON file holding a workflow, under `includeGlobs`. */
export function isWorkflowDocument(document: DefinitionDocumentLike, includeGlobs: readonly string[]): boolean {
  return definitionDocumentKind(document, includeGlobs) === 'workflow';
}
