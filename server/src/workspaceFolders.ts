/**
 * The workspace folders the index covers, and when to rescan them: once at start, when folders are added or
 * removed, and when the include globs change.
 */
import type { Connection } from 'vscode-languageserver';
import type { SettingsStore } from './settings';
import type { WorkspaceSync } from './workspaceSync';

/** Tracks the folders and drives `WorkspaceSync.scan`. */
export class WorkspaceFolders {
  /** Settles when the first scan is done (successful or not): validation waits for it. */
  readonly ready: Promise<void>;
  private markReady: () => void = () => undefined;
  private uris: string[] = [];
  private followChanges = false;
  private scannedGlobs: string | undefined;

  constructor(
    private readonly sync: WorkspaceSync,
    private readonly settings: SettingsStore,
    private readonly log: (message: string, error?: unknown) => void,
  ) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  /**
   * The folders from `initialize` (or its `rootUri` for clients without folder support); `followChanges` when the
   * client sends `workspace/didChangeWorkspaceFolders`.
   */
  set(uris: readonly string[], followChanges: boolean): void {
    this.uris = [...uris];
    this.followChanges = followChanges;
  }

  /** First scan, then follow folder changes, calling `onScanned` after each later scan. Call on `initialized`. */
  async start(connection: Connection, onScanned: () => void): Promise<void> {
    if (this.followChanges) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((folder) => folder.uri));
        this.uris = [...this.uris.filter((uri) => !gone.has(uri)), ...added.map((folder) => folder.uri)];
        void this.rescan(true).then(onScanned);
      });
    }
    await this.rescan(true);
    this.markReady();
    onScanned();
  }

  /** Rescans when forced, or when the include globs differ from those of the last scan. Never rejects. */
  async rescan(force: boolean): Promise<void> {
    try {
      const { includeGlobs } = await this.settings.global();
      const globs = JSON.stringify(includeGlobs);
      if (!force && globs === this.scannedGlobs) return;
      this.scannedGlobs = globs;
      await this.sync.scan(this.uris, includeGlobs);
    } catch (error) {
      this.log('Could not scan the workspace for definition files', error);
    }
  }
}
