/**
 * Runs `bench/validate.ts` bundled by esbuild with the options `esbuild.mjs` uses for the shipped language server
 * (dependencies inlined, node20, CommonJS, production minification), so the figures are those of the code the
 * extension runs. Under tsx every call through an imported binding is a property getter, which costs the hot
 * loops several percent. It runs twice: under node's default flags, and under the flags the shipped language
 * server runs with (`SERVER_NODE_FLAGS`, a larger young generation), since the cold row's garbage collection
 * depends on them. Usage: `node --import tsx bench/validateBundled.ts [--runs N] [--flags default|shipped|both]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { SERVER_NODE_FLAGS } from '../server/src/serverFlags';
import { SHIPPED_BUILD_OPTIONS } from './shippedBuildOptions';

/** The flag sets to run under, by the `--flags` option. */
const FLAG_SETS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  default: [[]],
  shipped: [SERVER_NODE_FLAGS],
  both: [[], SERVER_NODE_FLAGS],
};

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
    const flagsAt = process.argv.indexOf('--flags');
    const choice = flagsAt > 0 ? (process.argv[flagsAt + 1] ?? 'both') : 'both';
    const flagSets = FLAG_SETS[choice];
    if (!flagSets) throw new Error(`--flags must be one of ${Object.keys(FLAG_SETS).join(', ')}, not '${choice}'`);
    const args = process.argv.slice(2).filter((_, i, all) => all[i] !== '--flags' && all[i - 1] !== '--flags');
    let status = 0;
    for (const flags of flagSets) {
      console.log(
        `\n## node ${flags.length > 0 ? flags.join(' ') + " (the shipped server's flags)" : 'default flags'}\n`,
      );
      const result = spawnSync(process.execPath, [...flags, outfile, ...args], { stdio: 'inherit' });
      status ||= result.status ?? 1;
    }
    process.exitCode = status;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
