/**
 * Read-only JSON documents of the server's execution data under the `conductor-execution` scheme: an execution
 * (`/workflow/<id>.json`), a task (`/task/<id>.json`), a task's logs (`/logs/<id>.json`), and results handed over
 * by commands (`/result/<name>.json`, e.g. a synchronous execute). Each open re-reads the server, so reopening
 * shows fresh state.
 */
import * as vscode from 'vscode';
import type { ConnectionService } from '../../connection/connection';

/** The URI scheme of these documents. */
export const EXECUTION_SCHEME = 'conductor-execution';

type Kind = 'workflow' | 'task' | 'logs' | 'result';

/** Provides the documents and opens them. */
export class ExecutionDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly results = new Map<string, string>();
  private resultCount = 0;

  constructor(private readonly connections: ConnectionService) {}

  /** Opens the JSON of `kind` `id` in a read-only editor (re-read when already open). */
  async open(kind: Exclude<Kind, 'result'>, id: string): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.from({ scheme: EXECUTION_SCHEME, path: `/${kind}/${id}.json` });
    this.changed.fire(uri);
    return show(uri);
  }

  /** Shows `value` as a read-only JSON document named `name`. */
  async showResult(name: string, value: unknown): Promise<vscode.TextEditor> {
    const path = `/result/${name}-${++this.resultCount}.json`;
    this.results.set(path, json(value));
    return show(vscode.Uri.from({ scheme: EXECUTION_SCHEME, path }));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const [, kind, file = ''] = uri.path.split('/');
    const id = file.replace(/\.json$/, '');
    if (kind === 'result') return this.results.get(uri.path) ?? '{}\n';
    const { client } = await this.connections.connect();
    if (kind === 'workflow') return json(await client.workflows.get(id, true));
    if (kind === 'task') return json(await client.tasks.get(id));
    if (kind === 'logs') return json(await client.tasks.logs(id));
    throw new Error(`Unknown Conductor document ${uri.toString()}`);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'json');
  return vscode.window.showTextDocument(document, { preview: true });
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
