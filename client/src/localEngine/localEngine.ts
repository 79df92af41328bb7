/**
 * Runs the bundled engine (`dist/engine.js`, see engine/src/main.ts) as a child process for the built-in Local
 * profile. In the extension, pass VS Code's own runtime: `nodePath: process.execPath`; the child then gets
 * `ELECTRON_RUN_AS_NODE=1`, which makes the Electron binary behave as plain Node (no window, no extension host).
 * The engine binds 127.0.0.1 on a free port (`--port 0`) and prints its URL; `start` resolves once `/health` answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { RecentLines, readLines } from './lineReader';
import { describeExit, waitForExit, waitUntilReady } from './readiness';

/** How to start the engine. */
export interface LocalEngineOptions {
  /** Path of `dist/engine.js`. */
  enginePath: string;
  /** Directory for the engine's database (the extension's global storage). */
  dataDir: string;
  /** Node executable; default the current one (`process.execPath`, also right inside VS Code). */
  nodePath?: string;
  /** Receives every line the engine prints (stdout and stderr), e.g. for an output channel. */
  onLog?: (line: string) => void;
  /** Called when the engine exits without `stop()`, with the last lines it printed. */
  onUnexpectedExit?: (description: string, lastLines: readonly string[]) => void;
  /** Bound on start-up (spawn → URL printed → `/health` answers); default 30 s. */
  startTimeoutMs?: number;
  /** After SIGTERM, how long to wait before SIGKILL; default 5 s. */
  stopGraceMs?: number;
  /** Cancels a start in progress (e.g. the extension deactivates): the child is killed and the start rejects. */
  signal?: AbortSignal;
}

/** A running engine child process. */
export interface LocalEngine {
  /** Base URL without `/api`, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  readonly pid: number;
  /** Stops it: SIGTERM, then SIGKILL after the grace period. Resolves once it has exited. */
  stop(): Promise<void>;
}

function launch(options: LocalEngineOptions): ChildProcess {
  const args = [options.enginePath, '--port', '0', '--host', '127.0.0.1', '--data', options.dataDir];
  // The stdin pipe is the engine's lifeline: if this process dies without stop(), the pipe closes and it exits.
  args.push('--exit-with-parent');
  return spawn(options.nodePath ?? process.execPath, args, {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
}

/** Starts the engine and waits until it serves; rejects with the reason and its last output lines otherwise. */
export async function startLocalEngine(options: LocalEngineOptions): Promise<LocalEngine> {
  const child = launch(options);
  const recent = new RecentLines();
  let stopping = false;
  const onLine = (line: string): void => {
    recent.push(line);
    options.onLog?.(line);
  };
  if (child.stdout) readLines(child.stdout, onLine);
  if (child.stderr) readLines(child.stderr, onLine);
  const url = await waitUntilReady(child, recent, options.startTimeoutMs ?? 30_000, options.signal);
  // An 'error' event without a listener would throw in the extension host; report it as a log line instead.
  child.on('error', (error) => onLine(`Local engine process error: ${error.message}`));
  child.once('exit', (code, signal) => {
    if (!stopping)
      options.onUnexpectedExit?.(`The local Conductor engine ${describeExit(code, signal)}.`, recent.all());
  });
  let stopped: Promise<void> | undefined;
  return {
    url,
    pid: child.pid ?? -1,
    stop: () => {
      stopping = true;
      stopped ??= waitForExit(child, options.stopGraceMs ?? 5_000);
      return stopped;
    },
  };
}
