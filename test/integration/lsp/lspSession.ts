/**
 * A real language-server process (`server/src/main.ts` over stdio, run through tsx so it is always current) driven by
 * a minimal LSP client: it answers `workspace/configuration` with the given settings and records every
 * `textDocument/publishDiagnostics`, so tests can wait on them.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import type { ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { repoRoot } from '../runner/codeServer';

/** The `conductor` settings section the fake client answers with. */
export interface ConductorSection {
  validation?: { enable?: boolean };
  definitions?: { include?: string[] };
}

/** A started server with its client side. */
export interface LspSession {
  readonly connection: ProtocolConnection;
  /** Resolves with the first publication for `uri` (from now or the latest one) that `accept` holds for. */
  waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

/** Starts the server on `folder` (an absolute path) with these settings. */
export async function startLspSession(folder: string, settings: ConductorSection = {}): Promise<LspSession> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'server/src/main.ts'), '--stdio'], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const latest = new Map<string, PublishDiagnosticsParams>();
  const published = new EventEmitter();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    latest.set(params.uri, params);
    published.emit('diagnostics', params);
  });
  // The server's log (rule failures, scan results) goes into timeout messages, so a failure explains itself.
  const serverLog: string[] = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    serverLog.push(params.message);
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.listen();
  const rootUri = URI.file(folder).toString();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true } },
  });
  await connection.sendNotification(InitializedNotification.type, {});

  const waitForDiagnostics: LspSession['waitForDiagnostics'] = (uri, accept, timeoutMs = 20_000) =>
    new Promise((resolve, reject) => {
      const current = latest.get(uri);
      if (current && accept(current)) return resolve(current);
      const listener = (params: PublishDiagnosticsParams): void => {
        if (params.uri !== uri || !accept(params)) return;
        cleanup();
        resolve(params);
      };
      const timer = setTimeout(() => {
        cleanup();
        const last = JSON.stringify(latest.get(uri));
        const log = serverLog.slice(-10).join('\n');
        reject(new Error(`No matching diagnostics for ${uri} in ${timeoutMs} ms; last: ${last}\nServer log:\n${log}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        published.off('diagnostics', listener);
      };
      published.on('diagnostics', listener);
    });

  const stop = async (): Promise<void> => {
    const exited = once(child, 'exit');
    try {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } catch {
      // The server is already gone; the kill below is then a no-op.
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    connection.dispose();
  };
  return { connection, waitForDiagnostics, stop };
}
