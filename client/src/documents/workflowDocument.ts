/**
 * Which open documents are workflow definition files, for the features of a workflow file that are not menus: the
 * Start and Show Diagram code lenses and Start from the palette. A `conductor-workflow` document is one; so is a
 * plain JSON file that `conductor.definitions.include` matches and that holds a workflow (by shape, as the language
 * server and Register decide), the files the definition menus already serve (includedDefinitionFiles). Pure: no
 * `vscode` import (a TextDocument fits `WorkflowDocumentLike`).
 */
import { IncludedDefinitionFiles } from './includedDefinitionFiles';
import { definitionsInFile } from './workspaceDefinitions';

/** The parts of a text document the decision reads. */
export interface WorkflowDocumentLike {
  readonly languageId: string;
  readonly uri: { readonly scheme: string; readonly fsPath: string };
  getText(): string;
}

/**
 * The document selector of the workflow code lenses: workflow files, and plain JSON files on disk, which the
 * providers narrow with `isWorkflowDocument` (the include globs may change while the providers stay registered).
 */
export const WORKFLOW_LENS_SELECTOR: readonly { readonly language: string; readonly scheme?: string }[] = [
  { language: 'conductor-workflow' },
  { language: 'json', scheme: 'file' },
];

/** True for a workflow file, or an included plain JSON file holding a workflow, under `includeGlobs`. */
export function isWorkflowDocument(document: WorkflowDocumentLike, includeGlobs: readonly string[]): boolean {
  if (document.languageId === 'conductor-workflow') return true;
  if (document.languageId !== 'json' || document.uri.scheme !== 'file' || includeGlobs.length === 0) return false;
  const path = document.uri.fsPath;
  if (!new IncludedDefinitionFiles(includeGlobs).covers(path)) return false;
  return definitionsInFile(path, document.getText())[0]?.kind === 'workflow';
}
