/**
 * Expands the command line's paths and globs into JSON files: a file is taken as given, a directory is searched
 * recursively for `*.json` (skipping `node_modules` and hidden folders), and a glob (`*`, `**`, `?`) is matched
 * below its literal prefix.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** A file to lint; `explicit` when the user named it directly (then it is linted whatever its name). */
export interface CandidateFile {
  readonly path: string;
  readonly explicit: boolean;
}

/** The files for `patterns` (deduplicated, sorted) and the patterns that matched nothing. */
export function collectFiles(
  patterns: readonly string[],
  cwd: string,
): { files: CandidateFile[]; unmatched: string[] } {
  const found = new Map<string, CandidateFile>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const matches = /[*?]/.test(pattern) ? expandGlob(pattern, cwd) : expandPath(pattern, cwd);
    if (matches.length === 0) unmatched.push(pattern);
    for (const match of matches) if (!found.get(match.path)?.explicit) found.set(match.path, match);
  }
  return { files: [...found.values()].sort((a, b) => a.path.localeCompare(b.path)), unmatched };
}

function expandPath(pattern: string, cwd: string): CandidateFile[] {
  const path = resolve(cwd, pattern);
  const stats = statOrUndefined(path);
  if (!stats) return [];
  if (stats.isDirectory()) return walk(path).map((file) => ({ path: file, explicit: false }));
  return [{ path, explicit: true }];
}

function expandGlob(pattern: string, cwd: string): CandidateFile[] {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstGlob = segments.findIndex((segment) => /[*?]/.test(segment));
  const base = resolve(cwd, segments.slice(0, firstGlob).join('/') || '.');
  const matcher = globToRegExp(segments.slice(firstGlob).join('/'));
  return walk(base)
    .filter((file) => matcher.test(relative(base, file).split(sep).join('/')))
    .map((file) => ({ path: file, explicit: false }));
}

/** Every `*.json` file below `dir`; unreadable folders are skipped (their files cannot be linted anyway). */
function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : walk(path);
    return entry.isFile() && entry.name.endsWith('.json') ? [path] : [];
  });
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? '';
    if (char === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more folders; a trailing `**` matches everything below.
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
