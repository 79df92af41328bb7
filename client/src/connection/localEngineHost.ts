/**
 * Owns the bundled engine behind the Local profile (no `vscode` import): started lazily, never twice at once (callers
 * that arrive during a start share it), restartable, and stopped on dispose. An unexpected exit is reported once
 * through `onExit`; the next `ensureStarted()` starts a fresh engine on the same data. When another VS Code window
 * already runs the engine on this data directory, that engine is used (see sharedEngine.ts) and left running.
 */
import { startLocalEngine, type LocalEngine, type LocalEngineOptions } from '../localEngine';
import {
  awaitSharedEngine,
  findSharedEngine,
  forgetSharedEngine,
  isProcessAlive,
  recordSharedEngine,
  type SharedEngine,
} from './sharedEngine';

/** How often a shared engine's process is checked; a dead one is reported like an exit of our own. */
const SHARED_WATCH_MS = 2_000;
/** How long a window whose engine found the data directory taken waits for the other window's engine to serve. */
const SHARED_START_WAIT_MS = 30_000;

/** What the host needs to start the engine; `onLog`/`onUnexpectedExit` are supplied by the host itself. */
export type LocalEngineHostOptions = Omit<LocalEngineOptions, 'onUnexpectedExit' | 'signal'> & {
  /**
   * Told when the running engine exits without being asked to, with its last output lines; `shared` when it was
   * another window's engine (closing that window stops it: not a failure, the next start takes over).
   */
  onExit?: (description: string, lastLines: readonly string[], shared: boolean) => void;
};

/** The Local profile's engine process. */
export class LocalEngineHost {
  private starting: Promise<LocalEngine> | undefined;
  private running: LocalEngine | undefined;
  private readonly abort = new AbortController();

  constructor(private readonly options: LocalEngineHostOptions) {}

  /** The base URL of the running engine, or undefined when it is not running. */
  get url(): string | undefined {
    return this.running?.url;
  }

  /** The engine's process id while it runs (for the log and tests). */
  get pid(): number | undefined {
    return this.running?.pid;
  }

  /** Starts the engine unless it runs or is starting; resolves with its base URL. */
  async ensureStarted(): Promise<string> {
    if (this.abort.signal.aborted) throw new Error('The local Conductor engine is shutting down with VS Code.');
    if (this.running) return this.running.url;
    this.starting ??= this.start().finally(() => {
      this.starting = undefined;
    });
    return (await this.starting).url;
  }

  /** Stops the engine (waiting for a start in progress) and starts it again. */
  async restart(): Promise<string> {
    await this.starting?.catch(() => undefined);
    await this.stopRunning();
    return this.ensureStarted();
  }

  /** Stops the engine for good: cancels a start in progress, SIGTERM then SIGKILL. */
  async dispose(): Promise<void> {
    this.abort.abort();
    await this.starting?.catch(() => undefined);
    await this.stopRunning();
  }

  private async start(): Promise<LocalEngine> {
    const { dataDir } = this.options;
    const shared = await findSharedEngine(dataDir);
    if (shared) return (this.running = this.useShared(shared));
    let engine: LocalEngine;
    try {
      engine = await startLocalEngine({
        ...this.options,
        signal: this.abort.signal,
        onUnexpectedExit: (description, lastLines) => {
          if (this.running?.pid === engine.pid) this.running = undefined;
          forgetSharedEngine(dataDir, engine.url);
          this.options.onExit?.(description, lastLines, false);
        },
      });
    } catch (error) {
      // Another window started an engine on this data at the same moment: use it once it is up.
      const busy = error instanceof Error && error.message.includes('in use by another engine');
      const other = busy ? await awaitSharedEngine(dataDir, SHARED_START_WAIT_MS) : undefined;
      if (!other) throw error;
      return (this.running = this.useShared(other));
    }
    try {
      recordSharedEngine(dataDir, engine.url);
    } catch (error) {
      this.options.onLog?.(`Other VS Code windows cannot share this engine: ${(error as Error).message}`);
    }
    const stop = async (): Promise<void> => {
      forgetSharedEngine(dataDir, engine.url);
      await engine.stop();
    };
    return (this.running = { url: engine.url, pid: engine.pid, stop });
  }

  /** Another window's engine: watched, never stopped from here. */
  private useShared(shared: SharedEngine): LocalEngine {
    this.options.onLog?.(`Using the local engine another VS Code window started: ${shared.url} (pid ${shared.pid})`);
    const timer = setInterval(() => {
      if (isProcessAlive(shared.pid)) return;
      clearInterval(timer);
      if (this.running === engine) this.running = undefined;
      const description = `The local Conductor engine of another VS Code window (pid ${shared.pid}) stopped.`;
      this.options.onExit?.(description, [], true);
    }, SHARED_WATCH_MS);
    timer.unref();
    const engine: LocalEngine = {
      url: shared.url,
      pid: shared.pid,
      stop: () => {
        clearInterval(timer);
        return Promise.resolve();
      },
    };
    return engine;
  }

  private async stopRunning(): Promise<void> {
    const engine = this.running;
    this.running = undefined;
    await engine?.stop();
  }
}
