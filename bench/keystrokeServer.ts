/**
 * Drives the real language server process over stdio for the keystroke benchmark, as an editor would: initialize
 * with a workspace folder, open a document, send incremental `didChange` notifications and wait for the
 * `publishDiagnostics` carrying each version. The server is bundled from the current sources by the caller.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import type {
  Diagnostic,
  ProtocolConnection,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

// What a server may ask of an editor without the client announcing anything; answered with null.
const CLIENT_REQUESTS = [
  'client/registerCapability',
  'client/unregisterCapability',
  'window/workDoneProgress/create',
  'workspace/semanticTokens/refresh',
];
const RESPONSE_TIMEOUT_MS = 60_000;
const EXIT_TIMEOUT_MS = 10_000;
// Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ), whatever the kernel's own tick rate.
const MS_PER_TICK = 10;

/** A running server with one open document. */
export class ServerSession {
  private readonly waiters = new Map<number, (diagnostics: Diagnostic[]) => void>();
  /** Rejects when the process ends: a crashed server must fail the run at once, not after a timeout. */
  private readonly gone: Promise<never>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: ProtocolConnection,
    private readonly uri: string,
  ) {
    this.gone = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) => reject(new Error(`The language server exited (${signal ?? code})`))),
    );
    // Only waits race against it; a planned exit with nothing waiting must not count as unhandled.
    this.gone.catch(() => undefined);
    // An unanswered request would stall a server that awaits it; an editor answers, so the bench does too.
    for (const method of CLIENT_REQUESTS) connection.onRequest(method, () => null);
    connection.onNotification(PublishDiagnosticsNotification.type, ({ uri: published, version, diagnostics }) => {
      if (published !== this.uri || version === undefined) return;
      this.waiters.get(version)?.(diagnostics);
      this.waiters.delete(version);
    });
  }

  /** Starts `node <serverJs> --stdio` (plus `nodeFlags`), initializes it on `folder` and opens `text` as `uri`. */
  static async start(serverJs: string, nodeFlags: readonly string[], folder: string, uri: string, text: string) {
    const child = spawn(process.execPath, [...nodeFlags, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    if (!child.stdout || !child.stdin) throw new Error('Could not open the language server pipes');
    const connection = createProtocolConnection(child.stdout, child.stdin);
    const session = new ServerSession(child, connection, uri);
    connection.listen();
    const folderUri = pathToFileURL(folder).href;
    await session.whileAlive(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folderUri,
        workspaceFolders: [{ uri: folderUri, name: 'bench' }],
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      }),
      'initialize',
    );
    await connection.sendNotification(InitializedNotification.type, {});
    const opened = session.diagnosticsFor(1);
    const textDocument = { uri, languageId: 'conductor-workflow', version: 1, text };
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument });
    return { session, diagnostics: await opened };
  }

  /** Sends one incremental change making `version`; resolves to that version's diagnostics. */
  async change(version: number, change: TextDocumentContentChangeEvent): Promise<Diagnostic[]> {
    const published = this.diagnosticsFor(version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: this.uri, version },
      contentChanges: [change],
    });
    return published;
  }

  /** CPU time (user + system) the server process has used so far, in ms; NaN where /proc is unavailable. */
  cpuMs(): number {
    try {
      // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
    } catch {
      return Number.NaN;
    }
  }

  /** Shuts the server down the LSP way (so `--cpu-prof` can write its profile) and waits for the process to end. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await this.whileAlive(this.connection.sendRequest(ShutdownRequest.type), 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
      await withTimeout(exited, 'exit', EXIT_TIMEOUT_MS);
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null) this.child.kill();
    }
  }

  /** `promise`, unless the server exits or stays silent first (then a rejection naming `what`). */
  private whileAlive<T>(promise: Promise<T>, what: string): Promise<T> {
    const exited = this.gone.catch((error: Error) => {
      throw new Error(`${error.message} while the bench waited for ${what}; its output is above`);
    });
    return withTimeout(Promise.race([promise, exited]), what);
  }

  private diagnosticsFor(version: number): Promise<Diagnostic[]> {
    return this.whileAlive(
      new Promise<Diagnostic[]>((resolve) => this.waiters.set(version, resolve)),
      `diagnostics for version ${version}`,
    );
  }
}

/** Rejects with a message naming `what` if `promise` does not settle in time: a stuck server must not hang the run. */
function withTimeout<T>(promise: Promise<T>, what: string, ms = RESPONSE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The language server sent no ${what} within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
