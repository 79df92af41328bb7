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

async function defines(uri: vscode.Uri, ref: DefinitionRef): Promise<boolean> {
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const refs = fileRefs(readDefinitionFile(uri.path, text));
    return refs.some((each) => each.name === ref.name && each.version === ref.version);
  } catch {
    // A broken or foreign file defines nothing; the others are still searched.
    return false;
  }
}

/** The local file of `ref`, picked by the user when several define it; undefined when none (after saying so). */
export async function findLocalFile(ref: DefinitionRef): Promise<vscode.Uri | undefined> {
  const candidates = await vscode.workspace.findFiles(`**/*${FILE_SUFFIX[ref.kind]}`, '**/node_modules/**', MAX_FILES);
  const matches: vscode.Uri[] = [];
  for (const uri of candidates) if (await defines(uri, ref)) matches.push(uri);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    const items = matches.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri }));
    return (await vscode.window.showQuickPick(items, { title: `Files defining the ${describeRef(ref)}` }))?.uri;
  }
  const message = `No file in the workspace defines the ${describeRef(ref)}.`;
  if ((await vscode.window.showWarningMessage(message, DOWNLOAD)) === DOWNLOAD) {
    await vscode.commands.executeCommand(DOWNLOAD_DEFINITION_COMMAND, { ref });
  }
  return undefined;
}
