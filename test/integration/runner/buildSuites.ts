/**
 * Bundles what runs inside VS Code: the extension and its language server (into `dist/`, as `esbuild.mjs` does) and
 * the in-VS-Code test entry plus suites (into `out/integration/`). `vscode` stays external (the extension host
 * provides it), and so does mocha (ESM-only, loaded from node_modules at run time).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';
import { repoRoot } from './codeServer';

/** Where the bundled test entry and suites go. */
export const suiteOutDir = join(repoRoot, 'out/integration/suite');

// `module` first: jsonc-parser's UMD `main` has a dynamic require that a bundle cannot resolve.
const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  mainFields: ['module', 'main'],
};

/** Builds the extension bundles the suites load from `dist/`. */
export async function buildExtension(): Promise<void> {
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(repoRoot, 'client/src/extension.ts')],
      outfile: join(repoRoot, 'dist/extension.js'),
      external: ['vscode'],
      logLevel: 'error',
    }),
    build({
      ...common,
      entryPoints: [join(repoRoot, 'server/src/main.ts')],
      outfile: join(repoRoot, 'dist/server.js'),
      logLevel: 'error',
    }),
  ]);
}

/**
 * Builds `index.ts` and every `*.suite.ts` suite (not `*.test.ts`: those are node:test files that `npm test` runs
 * directly, while suites need VS Code's extension host); returns the absolute paths of the bundled suites by file name. */
export async function buildSuites(): Promise<Map<string, string>> {
  const sourceDir = join(repoRoot, 'test/integration/suite');
  const names = readdirSync(sourceDir).filter((name) => name.endsWith('.suite.ts'));
  await build({
    ...common,
    entryPoints: ['index.ts', ...names].map((name) => join(sourceDir, name)),
    outdir: suiteOutDir,
    external: ['vscode', 'mocha'],
    logLevel: 'error',
  });
  return new Map(names.map((name) => [name, join(suiteOutDir, name.replace(/\.ts$/, '.js'))]));
}
