/**
 * `conductor.downloadDefinition(node)`: saves a registered definition into the workspace as `<name>.workflow.json`
 * (`.taskdef.json`, `.event.json`, `.schedule.json`), without the server's audit fields, and opens it. An existing
 * file is never overwritten without asking: "Replace" or "Keep Both" (saved as `<name>-2.workflow.json`).
 */
import * as vscode from 'vscode';
import { describeRef, type DefinitionRef } from '../../documents/definitionKind';
import { toDefinitionText, withoutAuditFields } from '../../documents/definitionText';
import { fetchDefinition } from '../../documents/fetchDefinition';
import { definitionFileName, freeFileName } from '../../documents/fileNames';
import { definitionRefOf, NO_DEFINITION_MESSAGE } from './definitionArgument';
import type { DefinitionsContext } from './definitionsContext';
import { withServer } from './withServer';

/** The command id. */
export const DOWNLOAD_DEFINITION_COMMAND = 'conductor.downloadDefinition';

const REPLACE = 'Replace';
const KEEP_BOTH = 'Keep Both';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Where the file goes: the workspace folder (asked when there are several), or a save dialog without one. */
async function target(ref: DefinitionRef): Promise<vscode.Uri | undefined> {
  const fileName = definitionFileName(ref.kind, ref.name);
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick() : folders[0];
  if (folders.length > 1 && !folder) return undefined;
  if (!folder) return vscode.window.showSaveDialog({ saveLabel: 'Download', title: fileName });
  const wanted = vscode.Uri.joinPath(folder.uri, fileName);
  if (!(await exists(wanted))) return wanted;
  const choice = await vscode.window.showWarningMessage(
    `${fileName} already exists in ${folder.name}. Replace it with the registered ${describeRef(ref)}?`,
    { modal: true },
    REPLACE,
    KEEP_BOTH,
  );
  if (choice === REPLACE) return wanted;
  if (choice !== KEEP_BOTH) return undefined;
  const free = await freeFileName(fileName, ref.kind, (name) => exists(vscode.Uri.joinPath(folder.uri, name)));
  return vscode.Uri.joinPath(folder.uri, free);
}

/** Registers the download command; it resolves with the written file (for tests), undefined when cancelled. */
export function registerDownloadDefinition(ctx: DefinitionsContext): vscode.Disposable {
  const download = async (argument: unknown): Promise<vscode.Uri | undefined> => {
    const ref = definitionRefOf(argument);
    if (!ref) return void vscode.window.showWarningMessage(NO_DEFINITION_MESSAGE);
    const definition = await withServer(ctx.services, {
      progress: `Downloading ${describeRef(ref)}`,
      failure: `download the registered ${describeRef(ref)}`,
      run: ({ client }) => fetchDefinition(client, ref),
      retry: () => download(argument),
    });
    if (definition === undefined) return undefined;
    const uri = await target(ref);
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode(toDefinitionText(withoutAuditFields(definition))),
    );
    await vscode.window.showTextDocument(uri);
    return uri;
  };
  return vscode.commands.registerCommand(DOWNLOAD_DEFINITION_COMMAND, download);
}
