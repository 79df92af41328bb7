/**
 * The client's one look-up of definitions in the workspace, for the diagram (a SUB_WORKFLOW's child) and Compare
 * (the file defining a registered definition). It finds files exactly as the language server's index does: the same
 * scan (`node_modules` and dot-folders skipped, bounded), the built-in patterns (`*.workflow.json`, `*.taskdef.json`,
 * `*.task.json`, …) and the user's `conductor.definitions.include` globs; a file's kind is decided by name, then by
 * shape, as registering does. Pure: no `vscode` import (the caller passes folders, globs and open editors' text).
 */
import type { DefinitionRef, DocumentKind } from './definitionKind';
import { definitionName, definitionVersion, readDefinitionFile } from './definitionFile';
import { createDefinitionMatcher } from '../../../server/src/workspaceGlob';
import { scanFolders } from '../../../server/src/workspaceScan';

/** One definition found in a workspace file. */
export interface WorkspaceDefinition {
  /** The file's absolute path. */
  readonly path: string;
  readonly kind: DocumentKind;
  readonly name: string;
  /** Workflows only: the version, 1 when the file has none (§1.2). */
  readonly version?: number;
  /** The definition's index when the file holds an array (task definitions). */
  readonly element?: number;
  /** The definition as the file has it, without editor-only keys such as `$schema`. */
  readonly value: Readonly<Record<string, unknown>>;
}

/** Where to look: folder paths, include globs, and the unsaved text of open editors (which wins over the disk). */
export interface WorkspaceScope {
  readonly folders: readonly string[];
  readonly includeGlobs: readonly string[];
  readonly openText?: (path: string) => string | undefined;
  readonly log?: (message: string) => void;
}

/** The definitions a file holds; none when it is not JSON or not a Conductor definition (the server reports it). */
export function definitionsInFile(path: string, text: string): WorkspaceDefinition[] {
  let file;
  try {
    file = readDefinitionFile(path, text);
  } catch {
    return [];
  }
  return file.definitions.map((value, index) => ({
    path,
    kind: file.kind,
    name: definitionName(value),
    ...(file.kind === 'workflow' ? { version: definitionVersion(value) } : {}),
    ...(file.holdsArray ? { element: index } : {}),
    value,
  }));
}

/** Every definition in the scope's definition files. */
export async function scanWorkspaceDefinitions(scope: WorkspaceScope): Promise<WorkspaceDefinition[]> {
  const log = scope.log ?? (() => undefined);
  const files = await scanFolders(scope.folders, createDefinitionMatcher(scope.includeGlobs), log);
  return files.flatMap((file) => definitionsInFile(file.path, scope.openText?.(file.path) ?? file.text));
}

/** The found definitions that are `ref` (same kind and name, and version for workflows). */
export function definitionsOf(found: readonly WorkspaceDefinition[], ref: DefinitionRef): WorkspaceDefinition[] {
  return found.filter((each) => each.kind === ref.kind && each.name === ref.name && each.version === ref.version);
}
