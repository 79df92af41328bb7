/**
 * The engine reports the extension's version (§3.4 `/api/version`): from source it reads the extension's
 * package.json, and a bundle built with esbuild's `define` of `__EXTENSION_VERSION__` (as esbuild.mjs builds
 * dist/engine.js) reports the inlined one even where no package.json is around it.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { build } from 'esbuild';
import { ENGINE_VERSION, readPackageVersion } from '../../../engine/src/engineVersion';
import { startEngineProcess } from './engineProcess';
import { tempDir } from './platformServer';

const ROOT = join(__dirname, '..', '..', '..');
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const temp = tempDir();
after(() => temp.remove());

void describe('engine version', () => {
  void it("is the extension's package.json version when run from source", () => {
    assert.equal(ENGINE_VERSION, PACKAGE_VERSION);
  });

  void it("skips package.json files that are not the extension's, and says when there is none", () => {
    const nested = join(temp.dir, 'ext', 'node_modules', 'other', 'lib');
    mkdirSync(nested, { recursive: true });
    writeFileSync(
      join(temp.dir, 'ext', 'package.json'),
      JSON.stringify({ name: 'vscode-conductor', version: '7.6.5' }),
    );
    writeFileSync(join(temp.dir, 'ext', 'node_modules', 'other', 'package.json'), '{"name":"other","version":"1.0.0"}');
    writeFileSync(join(nested, 'package.json'), '{ not json');
    assert.equal(readPackageVersion(nested), '7.6.5');
    assert.equal(readPackageVersion(dirname(temp.dir)), undefined);
  });

  void it('is the inlined version in a bundle, over HTTP on /api/version and /health', async () => {
    const dist = join(temp.dir, 'bundle', 'dist');
    await build({
      // The engine starts its jq worker at once, so the bundle needs it beside it as dist/ has it.
      entryPoints: {
        engine: join(ROOT, 'engine', 'src', 'main.ts'),
        jqWorker: join(ROOT, 'engine', 'src', 'jq', 'jqWorker.ts'),
      },
      outdir: dist,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
      define: { __EXTENSION_VERSION__: JSON.stringify('9.8.7-bundled') },
    });
    for (const [pkg, file] of [
      ['node-sqlite3-wasm', 'node-sqlite3-wasm.wasm'],
      ['jq-web', 'jq.wasm'],
    ] as const) {
      copyFileSync(join(dirname(require.resolve(pkg)), file), join(dist, file));
    }
    const engine = await startEngineProcess(join(temp.dir, 'data'), 30_000, [], [join(dist, 'engine.js')]);
    try {
      assert.equal(await (await fetch(`${engine.url}/api/version`)).text(), '9.8.7-bundled');
      const health = (await (await fetch(`${engine.url}/health`)).json()) as {
        healthResults: { details: { version: string } }[];
      };
      assert.equal(health.healthResults[0]?.details.version, '9.8.7-bundled');
    } finally {
      await engine.kill();
    }
  });
});
