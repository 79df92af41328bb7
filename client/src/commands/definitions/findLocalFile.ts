/**
 * Finds the workspace file that defines a registered definition: the definition files the language server indexes
 * (its patterns, `*.task.json` too, and `conductor.definitions.include`) whose definition has the same kind and
 * name (and version: a workflow file without one is version 1, §1.2). Several
 * matches are offered in a pick; none is said, with Download as the next step.
 */
import * as vscode from 'vscode';
import { describeRef, type DefinitionRef } from '../../documents/definitionKind';
import { findWorkspaceDefinitions } from '../../documents/findWorkspaceDefinitions';
import { definitionsOf } from '../../documents/workspaceDefinitions';
import { DOWNLOAD_DEFINITION_COMMAND } from './downloadDefinition';

const DOWNLOAD = 'Download';

/** A local file that defines a registered definition; `element` is its index when the file holds an array. */
export interface LocalDefinition {
  readonly uri: vscode.Uri;
  readonly element?: number;
}

/** The local file of `ref`, picked by the user when several define it; undefined when none (after saying so). */
export async function findLocalFile(ref: DefinitionRef): Promise<LocalDefinition | undefined> {
  const found = await findWorkspaceDefinitions(() => undefined);
  const matches: LocalDefinition[] = definitionsOf(found, ref).map(({ path, element }) => ({
    uri: vscode.Uri.file(path),
    ...(element === undefined ? {} : { element }),
  }));
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    const items = matches.map((match) => ({ label: vscode.workspace.asRelativePath(match.uri), match }));
    return (await vscode.window.showQuickPick(items, { title: `Files defining the ${describeRef(ref)}` }))?.match;
  }
  const message = `No file in the workspace defines the ${describeRef(ref)}.`;
  if ((await vscode.window.showWarningMessage(message, DOWNLOAD)) === DOWNLOAD) {
    await vscode.commands.executeCommand(DOWNLOAD_DEFINITION_COMMAND, { ref });
  }
  return undefined;
}
