/**
 * Saves an exported drawing (SVG text, or a PNG data URL from the page's canvas) where the user picks, next to the
 * workspace by default.
 */
import * as vscode from 'vscode';
import type { ExtensionServices } from '../services';
import { showFailure } from '../ui/showFailure';

/** Asks for a file name and writes the image; a failed write offers Retry. */
export async function saveExport(
  services: ExtensionServices,
  title: string,
  format: 'svg' | 'png',
  data: string,
): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `${title.replace(/[^\w.-]+/g, '_')}.${format}`;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
  });
  if (!target) return;
  try {
    const bytes =
      format === 'svg'
        ? new TextEncoder().encode(data)
        : Buffer.from(data.replace(/^data:image\/png;base64,/, ''), 'base64');
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(`Saved the diagram to ${vscode.workspace.asRelativePath(target)}`);
  } catch (error) {
    void showFailure(services, `save the diagram to ${target.fsPath}`, error, {
      retry: () => saveExport(services, title, format, data),
    });
  }
}
