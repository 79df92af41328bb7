/**
 * Starts the VS Code server bundled with code-server (`server-main.js`, the launch mode that honours the page's
 * `payload` on every VS Code version) on 127.0.0.1 and a free port, in its own process group so that stopping it
 * also ends the extension host and the language server, which would otherwise outlive the page.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** Root of the repository (this file is test/integration/runner/codeServer.ts). */
export const repoRoot = resolve(__dirname, '../../..');

/** Where scripts/vscode/installCodeServer.sh puts code-server. */
export const codeServerDir = join(repoRoot, '.vscode-test/code-server/node_modules/code-server');

/** User settings that keep the workbench quiet and offline: no walkthrough, tips, update or gallery checks. */
export const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/** A running VS Code server. */
export interface RunningServer {
  readonly port: number;
  readonly logFile: string;
  /** Ends the whole process group (SIGTERM, then SIGKILL if it lingers) and resolves when the leader has exited. */
  stop(): Promise<void>;
}

/** Options of one server. `dataDir` holds its user data, extensions, temp files and log. */
export interface ServerOptions {
  readonly dataDir: string;
  readonly extensionsDir: string;
  readonly env: NodeJS.ProcessEnv;
  readonly startTimeoutMs?: number;
}

/** Starts the server and resolves once it listens. */
export async function startCodeServer(options: ServerOptions): Promise<RunningServer> {
  const serverMain = join(codeServerDir, 'lib/vscode/out/server-main.js');
  const port = await freePort();
  const tmp = join(options.dataDir, 'tmp');
  mkdirSync(join(options.dataDir, 'User'), { recursive: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(options.dataDir, 'User', 'settings.json'), JSON.stringify(quietSettings, null, 2));
  const logFile = join(options.dataDir, 'server.log');
  const args = [serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token'];
  args.push('--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry');
  args.push('--server-data-dir', options.dataDir, '--user-data-dir', options.dataDir);
  args.push('--extensions-dir', options.extensionsDir);
  // TMPDIR per run: the server leaves IPC sockets behind that killing it does not remove.
  const env = { ...options.env, TMPDIR: tmp };
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const log = createWriteStream(logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // If this process ends first (Ctrl-C, a crash), the group must not outlive it; signals are re-raised afterwards.
  const killOnExit = (): void => signalGroup(child.pid, 'SIGKILL');
  const killOnSignal = (signal: NodeJS.Signals): void => {
    killOnExit();
    process.kill(process.pid, signal);
  };
  process.once('exit', killOnExit);
  process.once('SIGINT', killOnSignal);
  process.once('SIGTERM', killOnSignal);
  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    process.off('SIGINT', killOnSignal);
    process.off('SIGTERM', killOnSignal);
    signalGroup(child.pid, 'SIGTERM');
    const lingered = await Promise.race([exited.then(() => false), delay(5000).then(() => true)]);
    // The extension host and language server are in the group too; make sure none survives.
    signalGroup(child.pid, 'SIGKILL');
    if (lingered) await exited;
  };
  try {
    await waitForOutput(child, /listening on/i, exited, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, logFile, stop };
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** Resolves when `pattern` appears in the server's output; rejects if it exits first or time runs out. */
function waitForOutput(child: ChildProcess, pattern: RegExp, exited: Promise<void>, timeoutMs: number): Promise<void> {
  let output = '';
  return new Promise((resolveWait, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (!pattern.test(output)) return;
      finish();
      resolveWait();
    };
    child.stdout?.on('data', onData);
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    void exited.then(() => fail('exited while starting'));
    function fail(reason: string): void {
      finish();
      reject(new Error(`The VS Code server ${reason}. Its output:\n${output.slice(-2000)}`));
    }
    function finish(): void {
      child.stdout?.off('data', onData);
      clearTimeout(timer);
    }
  });
}

/** A free TCP port on 127.0.0.1 (the OS picks one; the tiny race before the server binds it is accepted). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms).unref());
}
