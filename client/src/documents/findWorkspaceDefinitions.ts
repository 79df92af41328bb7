/**
 * The workspace's definitions (see workspaceDefinitions) for the open VS Code window: its file-scheme folders, the
 * `conductor.definitions.include` globs and the unsaved text of open editors, as the language server sees them.
 */
import * as vscode from 'vscode';
import { getIncludeGlobs } from '../configuration';
import { scanWorkspaceDefinitions, type WorkspaceDefinition } from './workspaceDefinitions';

/** Every definition in the workspace's definition files; `log` gets the files that could not be read. */
export function findWorkspaceDefinitions(log: (message: string) => void): Promise<WorkspaceDefinition[]> {
  const folders = (vscode.workspace.workspaceFolders ?? [])
    .filter((folder) => folder.uri.scheme === 'file')
    .map((folder) => folder.uri.fsPath);
  const open = new Map(
    vscode.workspace.textDocuments
      .filter((document) => document.uri.scheme === 'file')
      .map((document) => [document.uri.fsPath, document]),
  );
  return scanWorkspaceDefinitions({
    folders,
    includeGlobs: getIncludeGlobs(),
    openText: (path) => open.get(path)?.getText(),
    log,
  });
}
