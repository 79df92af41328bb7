/**
 * The workflow definitions of the workspace by name, so a definition diagram can draw a SUB_WORKFLOW's child inside
 * it. Files are found by the client's one workspace look-up (the language server's patterns and include globs), read
 * once and re-read when a definition file changes; open documents win over the file on disk.
 */
import * as vscode from 'vscode';
import { getIncludeGlobs, onIncludeGlobsChanged } from '../configuration';
import { findWorkspaceDefinitions } from '../documents/findWorkspaceDefinitions';
import type { WorkspaceDefinition } from '../documents/workspaceDefinitions';
import { createDefinitionMatcher } from '../../../server/src/workspaceGlob';
import { ReloadQueue } from './reloadQueue';

type Known = WorkspaceDefinition & { readonly version: number };

/** Workspace workflows, loaded lazily; `onDidChange` fires after a reload. */
export class WorkspaceWorkflows implements vscode.Disposable {
  private byName = new Map<string, Known[]>();
  private loading: Promise<void> | undefined;
  // A failed read keeps the workflows known before it: the diagram then draws what it drew.
  private readonly reads = new ReloadQueue(() =>
    this.read().then(
      () => this.changed.fire(),
      (error: unknown) => this.log.warn(`Diagram: could not read the workspace's workflows: ${String(error)}`),
    ),
  );
  private watcher: vscode.Disposable | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Starts loading (once); resolves when the definitions are known. */
  load(): Promise<void> {
    this.watcher ??= this.watch();
    this.loading ??= this.reads.request();
    return this.loading;
  }

  /** The definition of `name` at `version` (latest when undefined), if the workspace has it. */
  resolve(name: string, version: number | undefined): unknown {
    const versions = this.byName.get(name) ?? [];
    const match = version === undefined ? undefined : versions.find((known) => known.version === version);
    return (match ?? versions.reduce<Known | undefined>((a, b) => (a && a.version >= b.version ? a : b), undefined))
      ?.value;
  }

  dispose(): void {
    this.watcher?.dispose();
    this.changed.dispose();
  }

  // Watches only once a diagram has asked: until then no JSON save in the workspace should cost a re-read of them all.
  // The include globs decide which plain JSON files count, so a change of them re-reads too; other JSON files
  // (package.json, settings) do not. Reads are queued (see ReloadQueue): a burst of events costs two reads.
  private watch(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
    const reload = (): void => {
      this.loading = this.reads.request();
    };
    const reloadFor = (uri: vscode.Uri): void => {
      if (createDefinitionMatcher(getIncludeGlobs())(uri.path)) reload();
    };
    watcher.onDidChange(reloadFor);
    watcher.onDidCreate(reloadFor);
    watcher.onDidDelete(reloadFor);
    return vscode.Disposable.from(watcher, onIncludeGlobsChanged(reload));
  }

  private async read(): Promise<void> {
    // A broken or unreadable file is the language server's to report; the diagram just cannot expand it.
    const found = await findWorkspaceDefinitions((message) => this.log.trace(`Diagram: ${message}`));
    const byName = new Map<string, Known[]>();
    for (const definition of found) {
      if (definition.kind !== 'workflow') continue;
      const known = { ...definition, version: definition.version ?? 1 };
      byName.set(known.name, [...(byName.get(known.name) ?? []), known]);
    }
    this.byName = byName;
  }
}
