/**
 * Serves registered definitions as read-only documents (`conductor-remote:` URIs, see `remoteUri.ts`): fetched from
 * the active connection, pretty-printed without audit fields. The remote side of a comparison is made comparable
 * with the local file: its keys in the file's order, the defaults the server filled in left out, and the file's
 * line layout. Open documents are fetched again when the connection changes or definitions change.
 */
import * as vscode from 'vscode';
import type { ConnectionService } from '../connection/connection';
import type { DefinitionRef } from './definitionKind';
import { alignKeys, toDefinitionText, withoutAuditFields } from './definitionText';
import { fetchDefinition } from './fetchDefinition';
import { formatLike } from './formatLike';
import { withoutServerDefaults } from './serverDefaults';
import { parseRemotePath, remotePath, REMOTE_SCHEME } from './remoteUri';

const ALIGN_WITH = 'alignWith';

/** The read-only document URI of a registered definition; `alignWith` orders its keys like that local file. */
export function remoteUri(ref: DefinitionRef, alignWith?: vscode.Uri): vscode.Uri {
  const query = alignWith ? new URLSearchParams({ [ALIGN_WITH]: alignWith.toString() }).toString() : '';
  return vscode.Uri.from({ scheme: REMOTE_SCHEME, path: remotePath(ref), query });
}

/** The TextDocumentContentProvider of `conductor-remote:`. */
export class RemoteDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly connections: ConnectionService) {}

  /** Fetches the definition; rejects (and VS Code reports it) when it is unknown or the server is unreachable. */
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const ref = parseRemotePath(uri.path);
    if (!ref) throw new Error(`${uri.toString()} does not address a registered Conductor definition.`);
    const { client } = await this.connections.connect();
    const remote = withoutAuditFields(await fetchDefinition(client, ref));
    const alignWith = new URLSearchParams(uri.query).get(ALIGN_WITH);
    const local = alignWith ? await readLocal(vscode.Uri.parse(alignWith)) : undefined;
    if (local === undefined) return toDefinitionText(remote);
    const comparable = withoutServerDefaults(alignKeys(remote, local.value), local.value, ref.kind);
    return formatLike(comparable, local.text);
  }

  /** Asks VS Code to fetch every open registered-definition document again. */
  refreshOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme === REMOTE_SCHEME) this.changed.fire(document.uri);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The local file's text and JSON (unsaved edits included); undefined when it is not valid JSON (plain output then). */
async function readLocal(uri: vscode.Uri): Promise<{ text: string; value: unknown } | undefined> {
  try {
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}
