/**
 * Bundles what runs inside VS Code: the extension's `dist/` (through `esbuild.mjs` itself) and
 * the in-VS-Code test entry plus suites (into `out/integration/`). `vscode` stays external (the extension host
 * provides it), and so does mocha (ESM-only, loaded from node_modules at run time).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
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

/**
 * Builds every bundle the extension loads from `dist/` with the project's own `esbuild.mjs` (extension, language
 * server, the engine the Local profile starts, the diagram webview, and the .wasm files), so the suites run exactly
 * what `npm run build` produces and never a stale engine or webview.
 */
export async function buildExtension(): Promise<void> {
  const child = spawn(process.execPath, [join(repoRoot, 'esbuild.mjs')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`node esbuild.mjs failed (exit ${String(code)}):\n${output}`);
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
