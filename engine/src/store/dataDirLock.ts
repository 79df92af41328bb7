/**
 * Claims a data directory for one engine process. node-sqlite3-wasm locks a database by creating `<file>.lock`
 * as a directory; a SIGKILLed engine leaves it behind and every later open would fail with SQLITE_BUSY. A pid file
 * tells a stale lock (its process is gone, so it is removed) from a live engine (refused with a clear message).
 * The pid file is created exclusively (`wx`), so of two engines started at the same moment (two VS Code windows)
 * exactly one claims the directory and the other is refused; only the owner removes a stale SQLite lock.
 */
import { readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PID_FILE = 'engine.pid';
/** How long a just-created, still empty pid file is waited for before it counts as left by a crashed claim. */
const EMPTY_PID_WAIT_MS = 500;
const EMPTY_PID_STEP_MS = 10;

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
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The pid in `file`, waiting briefly while another process has created it but not written it yet. */
function ownerOf(file: string): number | undefined {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < EMPTY_PID_WAIT_MS; waited += EMPTY_PID_STEP_MS) {
    const pid = readPid(file);
    if (pid !== undefined) return pid;
    Atomics.wait(sleeper, 0, 0, EMPTY_PID_STEP_MS);
  }
  return undefined;
}

/** Creates the pid file for this process; false when it already exists. */
function claim(pidFile: string): boolean {
  try {
    writeFileSync(pidFile, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Creates `dir` if needed, refuses it if another live engine holds it, removes a dead engine's SQLite lock
 * directory for `databaseFile`, and records this process as the owner.
 */
export function lockDataDir(dir: string, databaseFile: string): ReleaseLock {
  mkdirSync(dir, { recursive: true });
  const pidFile = join(dir, PID_FILE);
  // Bounded: each round either claims the file or removes a dead owner's, so a third round is another race lost.
  for (let round = 0; !claim(pidFile); round++) {
    const owner = ownerOf(pidFile);
    if (owner === process.pid) break;
    if (round >= 2 || (owner !== undefined && isAlive(owner))) {
      throw new Error(
        `The data directory ${dir} is in use by another engine (pid ${owner ?? 'unknown'}): stop that engine or choose another --data directory.`,
      );
    }
    rmSync(pidFile, { force: true });
  }
  rmSync(`${databaseFile}.lock`, { recursive: true, force: true });
  return () => {
    if (readPid(pidFile) === process.pid) rmSync(pidFile, { force: true });
  };
}
