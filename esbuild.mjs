// Bundles each runtime part separately: extension (vscode external), language server, engine, CLI.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The engine reports the extension's version (engine/src/engineVersion.ts); inlined so it holds wherever dist/ goes.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const webview = { platform: 'browser', format: 'iife', target: 'chrome120' };
const bundles = [
  { entry: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { entry: 'server/src/main.ts', out: 'dist/server.js', external: [] },
  { entry: 'engine/src/main.ts', out: 'dist/engine.js', external: [] },
  { entry: 'server/src/cli/main.ts', out: 'dist/cli.js', external: [] },
  // JSON_JQ_TRANSFORM runs jq in a worker thread so a runaway filter cannot block the engine.
  { entry: 'engine/src/jq/jqWorker.ts', out: 'dist/jqWorker.js', external: [] },
  // The diagram webview runs in VS Code's browser sandbox: a script (with elkjs) and its stylesheet.
  { entry: 'webview/src/main.ts', out: 'dist/webview/diagram.js', external: [], ...webview },
  { entry: 'webview/src/diagram.css', out: 'dist/webview/diagram.css', external: [], ...webview },
];

/** Prints esbuild problems in the `file:line:col` shape VS Code's problem matchers read. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
    });
  },
};

const contexts = await Promise.all(
  bundles
    .filter((bundle) => existsSync(bundle.entry))
    .map((bundle) =>
      esbuild.context({
        entryPoints: [bundle.entry],
        outfile: bundle.out,
        bundle: true,
        platform: bundle.platform ?? 'node',
        // jsonc-parser's UMD entry uses a dynamic require esbuild cannot follow; its ESM build bundles cleanly.
        mainFields: ['module', 'main'],
        target: bundle.target ?? 'node20',
        format: bundle.format ?? 'cjs',
        sourcemap: !production,
        minify: production,
        external: bundle.external,
        logLevel: 'warning',
        plugins: [problemMatcher],
        define: { __EXTENSION_VERSION__: JSON.stringify(version) },
      }),
    ),
);

// node-sqlite3-wasm and jq-web load their .wasm from the directory of the running script, so each ships in dist/.
const require = createRequire(import.meta.url);
const wasmFiles = [
  [join(dirname(require.resolve('node-sqlite3-wasm')), 'node-sqlite3-wasm.wasm'), 'dist/node-sqlite3-wasm.wasm'],
  [join(dirname(require.resolve('jq-web')), 'jq.wasm'), 'dist/jq.wasm'],
];
mkdirSync('dist', { recursive: true });
for (const [from, to] of wasmFiles) copyFileSync(from, to);

if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
