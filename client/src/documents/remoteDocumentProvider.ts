/**
 * Serves registered definitions as read-only documents (`conductor-remote:` URIs, see `remoteUri.ts`): fetched from
 * the active connection, pretty-printed without audit fields. The remote side of a comparison is made comparable
 * with the local file: its keys in the file's order, the defaults the server filled in left out, and the file's
 * line layout. Open documents are fetched again when the connection changes or definitions change.
 */
import * as vscode from 'vscode';
import type { ConnectionService } from '../connection/connection';
import type { DefinitionRef } from './definitionKind';
import { comparableText } from './comparableText';
import { toDefinitionText, withoutAuditFields } from './definitionText';
import { fetchDefinition } from './fetchDefinition';
import { parseRemotePath, remotePath, REMOTE_SCHEME } from './remoteUri';

const ALIGN_WITH = 'alignWith';
const ELEMENT = 'element';

/**
 * The read-only document URI of a registered definition. With `alignWith` it is the registered side of a comparison
 * with that local file (`comparableText.ts`); `element` is its index when the file holds an array.
 */
export function remoteUri(ref: DefinitionRef, alignWith?: vscode.Uri, element?: number): vscode.Uri {
  const params = new URLSearchParams();
  if (alignWith) params.set(ALIGN_WITH, alignWith.toString());
  if (alignWith && element !== undefined) params.set(ELEMENT, String(element));
  return vscode.Uri.from({ scheme: REMOTE_SCHEME, path: remotePath(ref), query: params.toString() });
}

/** The TextDocumentContentProvider of `conductor-remote:`. */
export class RemoteDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  // The registered side of a comparison is laid out like the local file: a saved edit may change that layout.
  private readonly onSave = vscode.workspace.onDidSaveTextDocument((saved) => {
    for (const document of vscode.workspace.textDocuments) {
      const alignWith = new URLSearchParams(document.uri.query).get(ALIGN_WITH);
      if (document.uri.scheme === REMOTE_SCHEME && alignWith === saved.uri.toString()) this.changed.fire(document.uri);
    }
  });

  constructor(private readonly connections: ConnectionService) {}

  /** Fetches the definition; rejects (and VS Code reports it) when it is unknown or the server is unreachable. */
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const ref = parseRemotePath(uri.path);
    if (!ref) throw new Error(`${uri.toString()} does not address a registered Conductor definition.`);
    const { client } = await this.connections.connect();
    const remote = await fetchDefinition(client, ref);
    const query = new URLSearchParams(uri.query);
    const alignWith = query.get(ALIGN_WITH);
    const element = query.has(ELEMENT) ? Number(query.get(ELEMENT)) : undefined;
    const localText = alignWith ? (await vscode.workspace.openTextDocument(vscode.Uri.parse(alignWith))).getText() : '';
    const comparable = alignWith ? comparableText(remote, localText, ref.kind, element) : undefined;
    return comparable ?? toDefinitionText(withoutAuditFields(remote));
  }

  /** Asks VS Code to fetch every open registered-definition document again. */
  refreshOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme === REMOTE_SCHEME) this.changed.fire(document.uri);
    }
  }

  dispose(): void {
    this.onSave.dispose();
    this.changed.dispose();
  }
}
