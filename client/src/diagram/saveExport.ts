/**
 * Saves an exported drawing (SVG text, or a PNG data URL from the page's canvas) like Download saves a definition:
 * as `<diagram>.svg` / `.png` in the workspace folder (asked when there are several), never replacing a file there
 * without asking "Replace" or "Keep Both"; without a local workspace folder, where the user picks in a save dialog.
 */
import * as vscode from 'vscode';
import type { ExtensionServices } from '../services';
import { showFailure } from '../ui/showFailure';
import {
  canRetryExport,
  exportBytes,
  exportFileName,
  writeExport,
  type ExistingFileAnswer,
  type ExportFormat,
} from './exportFile';

const REPLACE = 'Replace';
const KEEP_BOTH = 'Keep Both';

async function askExisting(name: string, folder: vscode.WorkspaceFolder): Promise<ExistingFileAnswer> {
  const message = `${name} already exists in ${folder.name}. Replace it with this diagram?`;
  const choice = await vscode.window.showWarningMessage(message, { modal: true }, REPLACE, KEEP_BOTH);
  return choice === REPLACE ? 'replace' : choice === KEEP_BOTH ? 'keepBoth' : undefined;
}

/** The local folder to save into: the only one, or the one picked; undefined without one; `cancelled` when the user dismissed the pick. */
async function exportFolder(): Promise<{ folder?: vscode.WorkspaceFolder; cancelled: boolean }> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
  if (folders.length <= 1) return { folder: folders[0], cancelled: false };
  const folder = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Save the diagram into which folder?' });
  return { folder, cancelled: folder === undefined };
}

async function write(name: string, format: ExportFormat, bytes: Uint8Array): Promise<vscode.Uri | undefined> {
  const { folder, cancelled } = await exportFolder();
  if (cancelled) return undefined;
  if (folder) {
    const path = await writeExport(folder.uri.fsPath, name, bytes, (existing) => askExisting(existing, folder));
    return path === undefined ? undefined : vscode.Uri.file(path);
  }
  // The save dialog asks itself before replacing a file the user picks.
  const target = await vscode.window.showSaveDialog({
    title: name,
    filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
  });
  if (target) await vscode.workspace.fs.writeFile(target, bytes);
  return target;
}

/** Saves the image; resolves with the file written, undefined when cancelled or failed (said, with Retry if it may help). */
export async function saveExport(
  services: ExtensionServices,
  title: string,
  format: ExportFormat,
  data: string,
): Promise<vscode.Uri | undefined> {
  const name = exportFileName(title, format);
  try {
    const target = await write(name, format, exportBytes(format, data));
    if (target)
      void vscode.window.showInformationMessage(`Saved the diagram to ${vscode.workspace.asRelativePath(target)}`);
    return target;
  } catch (error) {
    // Retry saves the same data: offered only when that can succeed.
    const retry = (): void => void saveExport(services, title, format, data);
    void showFailure(services, `save the diagram as ${name}`, error, canRetryExport(error) ? { retry } : {});
    return undefined;
  }
}
