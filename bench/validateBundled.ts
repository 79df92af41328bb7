/**
 * Runs `bench/validate.ts` bundled by esbuild with the options `esbuild.mjs` uses for the shipped language server
 * (dependencies inlined, node20, CommonJS, production minification), so the figures are those of the code the
 * extension runs. Under tsx every call through an imported binding is a property getter, which costs the hot
 * loops several percent. Usage: `node --import tsx bench/validateBundled.ts [--runs N]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { SHIPPED_BUILD_OPTIONS } from './shippedBuildOptions';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'conductor-bench-'));
  try {
    const outfile = join(dir, 'validate.cjs');
    await build({
      entryPoints: [join(__dirname, 'validate.ts')],
      outfile,
      ...SHIPPED_BUILD_OPTIONS,
      minify: true,
      // The bench finds the schemas next to its own source; the bundle lives elsewhere.
      define: { __dirname: JSON.stringify(__dirname) },
    });
    const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exitCode = result.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
