/**
 * The language server's composition root: creates the document manager, parse cache, settings, workspace index and
 * diagnostics, declares the capabilities, and wires every handler. Handlers themselves stay thin.
 */
import { inspect } from 'node:util';
import { TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from './documentCache';
import { DiagnosticsPublisher } from './handlers/diagnostics';
import { LastRunOutputsStore } from './handlers/lastRunOutputs';
import { RegisteredDefinitionsStore } from './handlers/registeredDefinitions';
import { featureCapabilities, registerFeatureHandlers } from './handlers';
import { createWorkspaceIndex, parseDocument, prepareValidators, validate } from './service';
import { withLastRunOutputs } from './service/features/featureIndex';
import { withRegistered } from './service/registeredDefinitions';
import { SettingsStore } from './settings';
import { WorkspaceFolders } from './workspaceFolders';
import { WorkspaceSync } from './workspaceSync';

/** Wires the server onto `connection` and starts listening. */
export function startServer(connection: Connection): void {
  const log = createLogger(connection);
  const documents = new TextDocuments(TextDocument);
  const cache = new DocumentCache(parseDocument);
  const index = createWorkspaceIndex([]);
  const settings = new SettingsStore(connection);
  const sync = new WorkspaceSync(index, (message) => connection.console.info(message));
  const folders = new WorkspaceFolders(sync, settings, log);
  const registered = new RegisteredDefinitionsStore();
  const diagnostics = new DiagnosticsPublisher({
    // Only validation sees the active server's registrations; navigation and completion stay on the workspace.
    ...{ connection, documents, cache, settings, index: withRegistered(index, registered.current), validate, log },
    ready: folders.ready,
    // The parse cache's value for this version: the index then skips its own JSON.parse.
    indexOpenDocument: (document) =>
      sync.updateOpen(document.uri, document.getText(), cache.get(document).parsed.value),
  });

  connection.onInitialize((params) => initialize(params, settings, folders));
  connection.onInitialized(() => {
    void folders
      .start(connection, () => diagnostics.scheduleAll())
      .then(() => {
        // Compiling every schema validator takes seconds; do it once the first diagnostics are out (their flush starts
        // on the next turn), so that cost lands neither on them nor on the user's first edit of an invalid document.
        setImmediate(() => void diagnostics.idle().then(() => setImmediate(() => warmUp(log))));
      });
  });
  documents.onDidChangeContent(({ document }) => diagnostics.documentChanged(document.uri));
  registered.listen(connection, () => diagnostics.scheduleAll());
  wireWorkspaceEvents(connection, { documents, cache, settings, sync, folders, diagnostics });

  const getParsed = (uri: string): ReturnType<DocumentCache['get']> | undefined => {
    const document = documents.get(uri);
    return document && cache.get(document);
  };
  const lastRuns = new LastRunOutputsStore();
  lastRuns.listen(connection);
  registerFeatureHandlers(connection, { documents, getParsed, index: withLastRunOutputs(index, lastRuns.get) });
  documents.listen(connection);
  connection.listen();
}

/** The parts the workspace events touch. */
interface ServerParts {
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: DocumentCache;
  readonly settings: SettingsStore;
  readonly sync: WorkspaceSync;
  readonly folders: WorkspaceFolders;
  readonly diagnostics: DiagnosticsPublisher;
}

/** Closing documents, watched files and settings changes: each may change what other documents depend on. */
function wireWorkspaceEvents(connection: Connection, parts: ServerParts): void {
  const { documents, cache, settings, sync, folders, diagnostics } = parts;
  const revalidateIf = (changed: boolean): void => (changed ? diagnostics.scheduleAll() : undefined);
  documents.onDidClose(({ document }) => {
    cache.delete(document.uri);
    settings.forget(document.uri);
    diagnostics.clear(document.uri);
    void sync.closeOpen(document.uri).then(revalidateIf);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => void sync.applyFileEvents(changes).then(revalidateIf));
  connection.onDidChangeConfiguration(() => {
    settings.clear();
    // Validation may have been switched on or off, and new include globs bring new definitions.
    void folders.rescan(false).then(() => diagnostics.scheduleAll());
  });
}

function initialize(params: InitializeParams, settings: SettingsStore, folders: WorkspaceFolders): InitializeResult {
  if (params.capabilities.workspace?.configuration === true) settings.enablePull();
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders.set(uris, params.capabilities.workspace?.workspaceFolders === true);
  const workspace = { workspaceFolders: { supported: true, changeNotifications: true } };
  return {
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, workspace, ...featureCapabilities },
    serverInfo: { name: 'conductor-language-server' },
  };
}

function warmUp(log: (message: string, error?: unknown) => void): void {
  try {
    prepareValidators();
  } catch (error) {
    log('Could not prepare the schema validators ahead of time (they compile on first use instead)', error);
  }
}

/** Logs to the client's output channel; errors carry their stack so a bug report has it. */
function createLogger(connection: Connection): (message: string, error?: unknown) => void {
  return (message, error) => {
    if (error === undefined) connection.console.info(message);
    else
      connection.console.error(
        `${message}: ${error instanceof Error ? (error.stack ?? error.message) : inspect(error)}`,
      );
  };
}
