/**
 * Finds the workspace file that defines a registered definition: files named for its kind (`*.workflow.json`, …)
 * whose definition has the same name (and version: a workflow file without one is version 1, §1.2). Several
 * matches are offered in a pick; none is said, with Download as the next step.
 */
import * as vscode from 'vscode';
import { describeRef, FILE_SUFFIX, type DefinitionRef } from '../../documents/definitionKind';
import { readDefinitionFile } from '../../documents/definitionFile';
import { DOWNLOAD_DEFINITION_COMMAND } from './downloadDefinition';
import { fileRefs } from './registrationFlow';

const MAX_FILES = 2_000;
const DOWNLOAD = 'Download';

/** A local file that defines a registered definition; `element` is its index when the file holds an array. */
export interface LocalDefinition {
  readonly uri: vscode.Uri;
  readonly element?: number;
}

async function definedIn(uri: vscode.Uri, ref: DefinitionRef): Promise<LocalDefinition | undefined> {
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const file = readDefinitionFile(uri.path, text);
    const index = fileRefs(file).findIndex((each) => each.name === ref.name && each.version === ref.version);
    if (index < 0) return undefined;
    return file.holdsArray ? { uri, element: index } : { uri };
  } catch {
    // A broken or foreign file defines nothing; the others are still searched.
    return undefined;
  }
}

/** The local file of `ref`, picked by the user when several define it; undefined when none (after saying so). */
export async function findLocalFile(ref: DefinitionRef): Promise<LocalDefinition | undefined> {
  const candidates = await vscode.workspace.findFiles(`**/*${FILE_SUFFIX[ref.kind]}`, '**/node_modules/**', MAX_FILES);
  // Read in parallel: a large workspace has hundreds of candidates, each a separate file-system round trip.
  const found = await Promise.all(candidates.map((uri) => definedIn(uri, ref)));
  const matches = found.filter((match) => match !== undefined);
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
