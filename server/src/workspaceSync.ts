/**
 * Keeps the workspace index current: the initial scan of the workspace folders, watched-file events
 * (`workspace/didChangeWatchedFiles`) and open documents, whose unsaved text wins over the disk copy.
 */
import { readFile } from 'node:fs/promises';
import { FileChangeType } from 'vscode-languageserver';
import type { FileEvent } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { createDefinitionMatcher } from './workspaceGlob';
import { scanFolders } from './workspaceScan';

/** The index operations the shell needs; `true`/`undefined` = the known definitions changed, `false` = they did not. */
export interface MutableIndex {
  /** `value` is the already-parsed text, when the caller has it (saves a second JSON.parse per edit). */
  update(uri: string, text: string, value?: unknown): boolean | void;
  remove(uri: string): boolean | void;
}

/** Feeds the index from disk and from open documents. */
export class WorkspaceSync {
  private readonly fromDisk = new Set<string>();
  private readonly open = new Set<string>();
  private isDefinition: (path: string) => boolean = createDefinitionMatcher([]);

  constructor(
    private readonly index: MutableIndex,
    private readonly log: (message: string) => void,
  ) {}

  /** (Re)builds the disk part of the index for these folders and include globs; files no longer matched go. */
  async scan(folderUris: readonly string[], includeGlobs: readonly string[]): Promise<void> {
    this.isDefinition = createDefinitionMatcher(includeGlobs);
    const folders = folderUris.map((uri) => URI.parse(uri)).filter((uri) => uri.scheme === 'file');
    const files = await scanFolders(
      folders.map((uri) => uri.fsPath),
      this.isDefinition,
      this.log,
    );
    const seen = new Set<string>();
    for (const file of files) {
      const uri = URI.file(file.path).toString();
      seen.add(uri);
      this.fromDisk.add(uri);
      if (!this.open.has(uri)) this.index.update(uri, file.text);
    }
    for (const uri of [...this.fromDisk].filter((known) => !seen.has(known))) {
      this.fromDisk.delete(uri);
      if (!this.open.has(uri)) this.index.remove(uri);
    }
    this.log(`Indexed ${files.length} definition file(s) in ${folders.length} workspace folder(s)`);
  }

  /** Applies created/changed/deleted files; open documents keep their editor text. True if definitions changed. */
  async applyFileEvents(events: readonly FileEvent[]): Promise<boolean> {
    let changed = false;
    for (const event of events) {
      const uri = URI.parse(event.uri);
      if (uri.scheme !== 'file' || !this.isDefinition(uri.path)) continue;
      const key = uri.toString();
      if (event.type === FileChangeType.Deleted) {
        this.fromDisk.delete(key);
        changed = this.index.remove(key) !== false || changed;
      } else if (event.type === FileChangeType.Created || !this.open.has(key)) {
        // An open document's unsaved text wins over the disk on change; but a file created again after a delete
        // (which removed it) must come back even if its editor stayed open with the same text.
        changed = (await this.readIntoIndex(key, uri.fsPath)) || changed;
      }
    }
    return changed;
  }

  /** An open document's text (and its parsed value) replaces the disk copy in the index. True if definitions changed. */
  updateOpen(uri: string, text: string, value: unknown): boolean {
    this.open.add(uri);
    return this.index.update(uri, text, value) !== false;
  }

  /** A closed document falls back to its disk copy, or leaves the index if it has none. */
  async closeOpen(uri: string): Promise<boolean> {
    this.open.delete(uri);
    const parsed = URI.parse(uri);
    if (parsed.scheme === 'file' && this.isDefinition(parsed.path)) return this.readIntoIndex(uri, parsed.fsPath);
    return this.index.remove(uri) !== false;
  }

  private async readIntoIndex(uri: string, path: string): Promise<boolean> {
    try {
      const text = await readFile(path, 'utf8');
      this.fromDisk.add(uri);
      return this.index.update(uri, text) !== false;
    } catch {
      // Gone between the event and the read (or unreadable): it is no longer a definition the index can use.
      this.fromDisk.delete(uri);
      return this.index.remove(uri) !== false;
    }
  }
}
