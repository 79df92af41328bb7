/**
 * Claims a data directory for one engine process. node-sqlite3-wasm locks a database by creating `<file>.lock`
 * as a directory; a SIGKILLed engine leaves it behind and every later open would fail with SQLITE_BUSY. A pid file
 * tells a stale lock (its process is gone, so it is removed) from a live engine (refused with a clear message).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PID_FILE = 'engine.pid';

/** Releases the claim on the directory. */
export type ReleaseLock = () => void;

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  try {
    return Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
  } catch {
    return undefined;
  }
}

/**
 * Creates `dir` if needed, refuses it if another live engine holds it, removes a dead engine's SQLite lock
 * directory for `databaseFile`, and records this process as the owner.
 */
export function lockDataDir(dir: string, databaseFile: string): ReleaseLock {
  mkdirSync(dir, { recursive: true });
  const pidFile = join(dir, PID_FILE);
  const owner = readPid(pidFile);
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `The data directory ${dir} is in use by another engine (pid ${owner}): stop that engine or choose another --data directory.`,
    );
  }
  rmSync(`${databaseFile}.lock`, { recursive: true, force: true });
  writeFileSync(pidFile, String(process.pid));
  return () => {
    if (readPid(pidFile) === process.pid) rmSync(pidFile, { force: true });
  };
}
