/**
 * Runs the engine (`engine/src/main.ts`, or a bundle of it) as a child process on a data directory, for tests that
 * must kill it for real (SIGKILL) and start it again on the same data, or run what the extension ships.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(__dirname, '..', '..', '..', 'engine', 'src', 'main.ts');
const LISTENING = /listening on (http:\/\/\S+)/;

/** A started engine process. */
export interface EngineProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Sends SIGKILL and resolves once the process is gone. */
  kill(): Promise<void>;
}

/**
 * Starts the engine on a free port with `dataDir`; resolves with its URL, rejects if it exits or is slow to start.
 * `extraArgs` go after the required ones; with `--exit-with-parent`, the child's stdin is a pipe the test can close.
 * `script` is what node runs: the sources under tsx by default, or e.g. `['dist/engine.js']` for a bundle.
 */
export function startEngineProcess(
  dataDir: string,
  timeoutMs = 30_000,
  extraArgs: readonly string[] = [],
  script: readonly string[] = ['--import', 'tsx', MAIN],
): Promise<EngineProcess> {
  const args = [...script, '--port', '0', '--data', dataDir, ...extraArgs];
  const stdin = extraArgs.includes('--exit-with-parent') ? 'pipe' : 'ignore';
  const child = spawn(process.execPath, args, { stdio: [stdin, 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The engine did not start within ${timeoutMs} ms. Output:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = LISTENING.exec(output)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve({
        url,
        child,
        kill: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The engine exited (${code ?? signal}) before listening. Output:\n${output}`));
    });
  });
}
