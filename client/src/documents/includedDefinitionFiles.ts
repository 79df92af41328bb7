/**
 * Which plain `.json` files hold definitions because `conductor.definitions.include` matches them (files named
 * `*.workflow.json`, … have a Conductor language instead), published as two context keys so the definition menus
 * (Register, Compare, Unregister, Start, Show Diagram) appear for them too. Each path is listed in both its
 * file-system and URI-path forms, since `resourcePath` is one or the other by platform. Pure: no `vscode` import.
 */
import { readFile, stat } from 'node:fs/promises';
import { URI } from 'vscode-uri';
import type { DocumentKind } from './definitionKind';
import { definitionsInFile, type WorkspaceDefinition } from './workspaceDefinitions';
import { createDefinitionMatcher } from '../../../server/src/workspaceGlob';
import { defaultScanLimits } from '../../../server/src/workspaceScan';

/** Context key: included plain JSON files that hold any definition. */
export const INCLUDED_DEFINITION_FILES_KEY = 'conductor.includedDefinitionFiles';
/** Context key: included plain JSON files that hold a workflow definition. */
export const INCLUDED_WORKFLOW_FILES_KEY = 'conductor.includedWorkflowFiles';

/** The values of the two context keys. */
export interface IncludedFilesContext {
  readonly definitions: readonly string[];
  readonly workflows: readonly string[];
}

const isBuiltIn = createDefinitionMatcher([]);

/** The included plain JSON files and the kinds they hold, kept current file by file. */
export class IncludedDefinitionFiles {
  private readonly kinds = new Map<string, DocumentKind>();
  private readonly isMatched: (path: string) => boolean;

  constructor(includeGlobs: readonly string[]) {
    this.isMatched = createDefinitionMatcher(includeGlobs);
  }

  /** True for a plain JSON file the include globs match (not one with a Conductor file name). */
  covers(path: string): boolean {
    const slashed = path.replace(/\\/g, '/');
    return this.isMatched(slashed) && !isBuiltIn(slashed);
  }

  /** Replaces everything with the definitions of a workspace scan. */
  reset(found: readonly WorkspaceDefinition[]): void {
    this.kinds.clear();
    for (const definition of found) if (this.covers(definition.path)) this.kinds.set(definition.path, definition.kind);
  }

  /** Takes a file's new text; true when what the context keys say changed. */
  update(path: string, text: string): boolean {
    if (!this.covers(path)) return false;
    const kind = definitionsInFile(path, text)[0]?.kind;
    if (kind === this.kinds.get(path)) return false;
    if (kind) this.kinds.set(path, kind);
    else this.kinds.delete(path);
    return true;
  }

  /**
   * Reads a created or changed file from disk; true when what the context keys say changed. A file over the size a
   * definition file may have (the language server's scan limit) counts as none without being read, as in the scan.
   */
  async reread(path: string, maxBytes = defaultScanLimits.maxFileBytes): Promise<boolean> {
    if (!this.covers(path)) return false;
    const { size } = await stat(path);
    return this.update(path, size > maxBytes ? '' : await readFile(path, 'utf8'));
  }

  /** Forgets a deleted file; true when it was listed. */
  remove(path: string): boolean {
    return this.kinds.delete(path);
  }

  /** The context key values. */
  context(): IncludedFilesContext {
    const forms = (path: string): string[] => [...new Set([path, URI.file(path).path])];
    const paths = [...this.kinds.keys()].sort();
    return {
      definitions: paths.flatMap(forms),
      workflows: paths.filter((path) => this.kinds.get(path) === 'workflow').flatMap(forms),
    };
  }
}
