/**
 * The version the engine reports (`/api/version`, `/health`): the extension's own, from its package.json. The
 * bundle (dist/engine.js) gets it inlined by esbuild's `define` of `__EXTENSION_VERSION__` (esbuild.mjs), so it
 * holds wherever the file is copied; run from source (tsx, tests) it is read from the nearest package.json of the
 * extension above this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

declare const __EXTENSION_VERSION__: string | undefined;

/** The extension's package name, which tells its package.json from others (e.g. a workspace's) above it. */
const PACKAGE_NAME = 'vscode-conductor';
/** Reported when neither the bundle nor a package.json says, so a broken install still answers. */
const UNKNOWN_VERSION = '0.0.0-unknown';

/** The `version` of the first package.json named {@link PACKAGE_NAME} at or above `from`. */
export function readPackageVersion(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
        if (parsed.name === PACKAGE_NAME && typeof parsed.version === 'string') return parsed.version;
      } catch {
        // An unreadable or malformed package.json is not ours; keep looking above it.
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The version this engine reports. */
export const ENGINE_VERSION: string =
  typeof __EXTENSION_VERSION__ === 'string'
    ? __EXTENSION_VERSION__
    : (readPackageVersion(__dirname) ?? UNKNOWN_VERSION);
