/**
 * What the definition commands share: the extension services, the views (to refresh and reveal), the registered-
 * definition documents, and the diagnostics of server findings. Built once by `registerDefinitions`.
 */
import type * as vscode from 'vscode';
import type { RemoteDocumentProvider } from '../../documents/remoteDocumentProvider';
import type { ServerFindings } from './serverFindings';
import type { ExtensionServices } from '../../services';
import type { DefinitionNode, DefinitionsProvider } from '../../views/definitions/definitionsProvider';
import type { DocumentKind } from '../../documents/definitionKind';

/** One definition view: its provider and its TreeView (for reveal). */
export interface DefinitionView {
  /** The view id from package.json. */
  readonly id: string;
  readonly provider: DefinitionsProvider;
  readonly view: vscode.TreeView<DefinitionNode>;
}

/** The shared state of the definition commands. */
export interface DefinitionsContext {
  readonly services: ExtensionServices;
  readonly documents: RemoteDocumentProvider;
  readonly findings: ServerFindings;
  /** The view that lists each kind. */
  readonly views: Readonly<Record<DocumentKind, DefinitionView>>;
}
