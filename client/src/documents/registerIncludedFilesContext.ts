/**
 * Keeps the context keys of includedDefinitionFiles current, so the definition menus appear on plain `.json` files
 * that `conductor.definitions.include` matches: a workspace scan when the globs are set or change (none while there
 * are none), then file by file as JSON files are created, saved or deleted.
 */
import * as vscode from 'vscode';
import { getIncludeGlobs, onIncludeGlobsChanged } from '../configuration';
import type { ExtensionServices } from '../services';
import { findWorkspaceDefinitions } from './findWorkspaceDefinitions';
import {
  INCLUDED_DEFINITION_FILES_KEY,
  INCLUDED_WORKFLOW_FILES_KEY,
  IncludedDefinitionFiles,
} from './includedDefinitionFiles';

/** Starts keeping the context keys; stops with the extension. */
export function registerIncludedFilesContext(services: ExtensionServices): void {
  const keeper = new IncludedFilesKeeper(services.log);
  services.context.subscriptions.push(keeper);
  void keeper.rescan();
}

class IncludedFilesKeeper implements vscode.Disposable {
  private files = new IncludedDefinitionFiles([]);
  /** Bumped per scan, so an older scan that ends late does not overwrite a newer one. */
  private scans = 0;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
    this.subscriptions = [
      watcher,
      watcher.onDidCreate((uri) => void this.reread(uri)),
      watcher.onDidChange((uri) => void this.reread(uri)),
      watcher.onDidDelete((uri) => {
        if (this.files.remove(uri.fsPath)) void this.publish();
      }),
      onIncludeGlobsChanged(() => void this.rescan()),
    ];
  }

  async rescan(): Promise<void> {
    const scan = ++this.scans;
    const globs = getIncludeGlobs();
    const files = new IncludedDefinitionFiles(globs);
    if (globs.length > 0) {
      const found = await findWorkspaceDefinitions((message) => this.log.trace(`Included files: ${message}`));
      if (scan !== this.scans) return;
      files.reset(found);
    }
    this.files = files;
    await this.publish();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async reread(uri: vscode.Uri): Promise<void> {
    if (uri.scheme !== 'file') return;
    try {
      if (await this.files.reread(uri.fsPath)) await this.publish();
    } catch (error) {
      // Gone again or unreadable: the menus just stay as they were; the language server reports the file.
      this.log.trace(`Included files: could not read ${uri.fsPath}: ${String(error)}`);
    }
  }

  private async publish(): Promise<void> {
    const { definitions, workflows } = this.files.context();
    await vscode.commands.executeCommand('setContext', INCLUDED_DEFINITION_FILES_KEY, definitions);
    await vscode.commands.executeCommand('setContext', INCLUDED_WORKFLOW_FILES_KEY, workflows);
  }
}
