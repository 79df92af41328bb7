/**
 * Starts the Conductor language server (`dist/server.js`, a Node process over IPC) and keeps VS Code connected to it:
 * a new client when `conductor.definitions.include` changes (the document selector is fixed per client), and the
 * last value of each client-to-server notification replayed to the new one.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/serverFlags';
import { errorMessage } from './api/apiError';
import { configurationSection, getIncludeGlobs, onIncludeGlobsChanged } from './configuration';
import { conductorDocumentSelector } from './languages';
import { showFailure } from './ui/showFailure';

/** The client id; also the prefix of the `conductor.trace.server` setting VS Code's client library reads. */
const clientId = 'conductor';
const clientName = 'Conductor Language Server';

/** Port for `--inspect` when the extension runs in debug mode (F5), so the server can be attached to. */
const debugPort = 6010;

function createClient(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  watcher: vscode.FileSystemWatcher,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', `--inspect=${debugPort}`] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: conductorDocumentSelector(getIncludeGlobs()),
    // Every JSON file: a plain `*.json` may match the include globs (the server decides), and a deleted task
    // definition must reach the server so dependent workflows re-validate. One watcher outlives restarts.
    synchronize: { fileEvents: watcher, configurationSection },
    outputChannel: log,
  };
  return new LanguageClient(clientId, clientName, serverOptions, clientOptions);
}

/** The running language client, restarted when the include globs change. */
export class LanguageClientHost {
  private client: LanguageClient | undefined;
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
  private readonly replay = new Map<string, unknown>();
  /**
   * Start, stop and restart run one after another. Two quick glob changes used to overlap: the second stop ran while
   * the first start was still awaited, found no client to stop, and left two servers answering every request.
   */
  private lifecycle: Promise<unknown> = Promise.resolve();
  /** Set by `stop()` (deactivation): a glob change queued behind it must not start a server again. */
  private stopped = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {
    context.subscriptions.push(
      this.watcher,
      onIncludeGlobsChanged(() => void this.restart()),
    );
  }

  /** Starts the server; false after a failure, which is logged and shown with "Open Output", never thrown. */
  start(): Promise<boolean> {
    return this.inTurn(() => this.startNow());
  }

  /** Stops the client, which also ends the server process; a client that never started is simply dropped. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.inTurn(() => this.stopNow());
  }

  private inTurn<T>(step: () => Promise<T>): Promise<T> {
    const next = this.lifecycle.then(step);
    this.lifecycle = next.catch(() => undefined);
    return next;
  }

  private async startNow(): Promise<boolean> {
    if (this.stopped) return false;
    try {
      const client = createClient(this.context, this.log, this.watcher);
      await client.start();
      this.client = client;
      for (const [method, params] of this.replay) await client.sendNotification(method, params);
      this.log.info('Conductor language server started');
      return true;
    } catch (error) {
      void showFailure({ log: this.log }, 'start the Conductor language server', error);
      return false;
    }
  }

  /** Sends a notification now (when running) and again to every later client; never rejects (a stopping client). */
  async notify(method: string, params: unknown): Promise<void> {
    this.replay.set(method, params);
    try {
      await this.client?.sendNotification(method, params);
    } catch (error) {
      // The client is stopping or restarting: the next one receives the value from `replay`.
      this.log.warn(`Could not send ${method} to the language server: ${errorMessage(error)}`);
    }
  }

  private async stopNow(): Promise<void> {
    const stopping = this.client;
    this.client = undefined;
    await stopping
      ?.stop()
      .catch((error: unknown) => this.log.warn(`Stopping the language client failed: ${errorMessage(error)}`));
  }

  private async restart(): Promise<void> {
    // A failed stop (a crashed server) must not prevent the fresh start.
    const started = await this.inTurn(async () => {
      await this.stopNow();
      return this.startNow();
    });
    if (started) this.log.info('Conductor language server restarted: conductor.definitions.include changed');
  }
}
