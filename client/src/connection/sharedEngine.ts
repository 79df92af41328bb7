/**
 * Sharing one Local engine between VS Code windows (no `vscode` import). Every window has the same global storage,
 * and an engine refuses a data directory another live engine holds (engine/src/store/dataDirLock.ts writes
 * `engine.pid`). So the window that starts the engine records its URL beside that pid file, and another window that
 * finds both alive and serving uses that engine instead of failing; it never stops an engine it did not start.
 */
import { readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Written by the engine's data-directory lock. */
const PID_FILE = 'engine.pid';
/** Written by the window that started the engine. */
const URL_FILE = 'engine.url';
const HEALTH_TIMEOUT_MS = 1_000;

/** Another window's engine: its URL and process id. */
export interface SharedEngine {
  readonly url: string;
  readonly pid: number;
}

/** True while a process with this id exists (EPERM: it exists but is someone else's). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** The engine another window runs on `dataDir`, if its process lives and `/health` answers; never throws. */
export async function findSharedEngine(dataDir: string): Promise<SharedEngine | undefined> {
  const pid = Number.parseInt(readText(join(dataDir, PID_FILE)) ?? '', 10);
  const url = readText(join(dataDir, URL_FILE));
  if (!Number.isInteger(pid) || pid <= 0 || !url?.startsWith('http://') || !isProcessAlive(pid)) return undefined;
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.ok ? { url, pid } : undefined;
  } catch {
    return undefined;
  }
}

/** Records the URL of the engine this window started, for the other windows. */
export function recordSharedEngine(dataDir: string, url: string): void {
  writeFileSync(join(dataDir, URL_FILE), url);
}

/** Removes the record when this window's engine stops (the engine removes its own pid file). */
export function forgetSharedEngine(dataDir: string, url: string): void {
  if (readText(join(dataDir, URL_FILE)) === url) rmSync(join(dataDir, URL_FILE), { force: true });
}

/**
 * Waits, at most `timeoutMs`, for the window that is starting an engine on `dataDir` right now (VS Code restores
 * its windows together) to record its URL; undefined when none appears. Watches the directory: no polling.
 */
export async function awaitSharedEngine(dataDir: string, timeoutMs: number): Promise<SharedEngine | undefined> {
  let recorded: () => void = () => undefined;
  const appeared = new Promise<void>((resolve) => (recorded = resolve));
  const timer = setTimeout(() => recorded(), timeoutMs);
  let watcher: ReturnType<typeof watch> | undefined;
  try {
    // Watch first, then look: a record written in between is not missed.
    watcher = watch(dataDir, (_event, name) => {
      if (name === URL_FILE) recorded();
    });
    const now = await findSharedEngine(dataDir);
    if (now) return now;
    await appeared;
    return await findSharedEngine(dataDir);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
    watcher?.close();
  }
}
