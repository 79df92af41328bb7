/**
 * The initial scan of the workspace folders: finds definition files on disk and reads them, bounded so a huge
 * folder (a monorepo, a home directory) cannot stall the server.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A definition file found on disk. */
export interface ScannedFile {
  readonly path: string;
  readonly text: string;
}

/** Bounds of one scan; beyond them the rest is skipped with a log line. */
export interface ScanLimits {
  readonly maxFiles: number;
  readonly maxDirectories: number;
  readonly maxFileBytes: number;
}

/** Generous for real projects, small enough to finish in a second or two. */
export const defaultScanLimits: ScanLimits = { maxFiles: 5000, maxDirectories: 20000, maxFileBytes: 5 * 1024 * 1024 };

// Dependencies never hold the project's own definitions but can be huge; dot-folders (.git, …) are skipped too.
const skippedFolders = new Set(['node_modules']);

/** Reads every file under `folders` for which `isDefinition(path)` holds; unreadable files are logged and skipped. */
export async function scanFolders(
  folders: readonly string[],
  isDefinition: (path: string) => boolean,
  log: (message: string) => void,
  limits: ScanLimits = defaultScanLimits,
): Promise<ScannedFile[]> {
  const paths = await listFiles(folders, isDefinition, log, limits);
  const files: ScannedFile[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.size > limits.maxFileBytes) {
        log(`Skipped ${path}: ${info.size} bytes is more than the ${limits.maxFileBytes} a definition file may have`);
        continue;
      }
      files.push({ path, text: await readFile(path, 'utf8') });
    } catch (error) {
      log(`Could not read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return files;
}

async function listFiles(
  folders: readonly string[],
  isDefinition: (path: string) => boolean,
  log: (message: string) => void,
  limits: ScanLimits,
): Promise<string[]> {
  const pending = [...folders];
  const found: string[] = [];
  let visited = 0;
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    if (++visited > limits.maxDirectories) {
      log(`Stopped scanning after ${limits.maxDirectories} folders; definitions further down are not indexed`);
      break;
    }
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      log(`Could not list ${dir}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      // Symbolic links are not followed: they can form cycles and lead outside the workspace.
      if (entry.isDirectory() && !entry.name.startsWith('.') && !skippedFolders.has(entry.name)) pending.push(path);
      else if (entry.isFile() && entry.name.endsWith('.json') && isDefinition(path)) found.push(path);
    }
    if (found.length > limits.maxFiles) {
      log(`Found more than ${limits.maxFiles} definition files; only the first ${limits.maxFiles} are indexed`);
      return found.slice(0, limits.maxFiles);
    }
  }
  return found;
}
