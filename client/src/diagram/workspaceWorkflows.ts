/**
 * The workflow definitions of the workspace by name, so a definition diagram can draw a SUB_WORKFLOW's child inside
 * it. Files are read once and re-read when a workflow file changes; open documents win over the file on disk.
 */
import * as vscode from 'vscode';
import { getIncludeGlobs } from '../configuration';
import { isObject } from '../../../server/src/service/model/jsonValue';

interface Known {
  readonly name: string;
  readonly version: number;
  readonly value: unknown;
}

/** Which files may hold workflow definitions (the language server's kinds, plus the include globs). */
function workflowGlobs(): string[] {
  return ['**/*.workflow.json', ...getIncludeGlobs()];
}

/** Workspace workflows, loaded lazily; `onDidChange` fires after a reload. */
export class WorkspaceWorkflows implements vscode.Disposable {
  private byName = new Map<string, Known[]>();
  private loading: Promise<void> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Starts loading (once); resolves when the definitions are known. */
  load(): Promise<void> {
    this.watcher ??= this.watch();
    this.loading ??= this.read().then(() => this.changed.fire());
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
  private watch(): vscode.FileSystemWatcher {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
    const reload = (): void => {
      this.loading = undefined;
      void this.load();
    };
    watcher.onDidChange(reload);
    watcher.onDidCreate(reload);
    watcher.onDidDelete(reload);
    return watcher;
  }

  private async read(): Promise<void> {
    const lists = await Promise.all(
      workflowGlobs().map((glob) => vscode.workspace.findFiles(glob, '**/node_modules/**', 2000)),
    );
    // The include globs may overlap `*.workflow.json`: each file is read once, and all of them in parallel.
    const uris = new Map(lists.flat().map((uri) => [uri.toString(), uri]));
    const found = new Map<string, Known[]>();
    for (const known of await Promise.all([...uris.values()].map((uri) => this.readOne(uri)))) {
      if (known) found.set(known.name, [...(found.get(known.name) ?? []), known]);
    }
    this.byName = found;
  }

  /** The workflow a file defines (the open document's text when it is open), or undefined. */
  private async readOne(uri: vscode.Uri): Promise<Known | undefined> {
    try {
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
      const text = open?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const value: unknown = JSON.parse(text);
      if (!isObject(value) || typeof value['name'] !== 'string') return undefined;
      return { name: value['name'], version: typeof value['version'] === 'number' ? value['version'] : 1, value };
    } catch (error) {
      // A broken or unreadable file is the language server's to report; the diagram just cannot expand it.
      this.log.trace(`Diagram: skipped ${uri.fsPath} as a sub-workflow source: ${String(error)}`);
      return undefined;
    }
  }
}
