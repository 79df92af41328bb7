/**
 * Runs the in-VS-Code suites (test/integration/suite/) in a real VS Code and turns each mocha test into a node:test
 * subtest, so `npm test`'s summary counts them; then the packaged .vsix, then the main job (`npm start`). They run in
 * sequence in this one file because packaging rebuilds `dist/`, which the development-mode session loads.
 * Needs `bash scripts/setup.sh` (code-server and chromium). `SNAP_DIR=<folder>` saves the screenshots the suites ask
 * for; `VSCODE_TEST_VERBOSE=1` echoes the extension host log.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import { freePort, repoRoot } from './runner/codeServer';
import type { RunResult } from './runner/runVsCodeTests';
import { runVsCodeTests } from './runner/runVsCodeTests';

const onLog = process.env.VSCODE_TEST_VERBOSE ? (line: string) => console.log(`[vscode] ${line}`) : undefined;

/** Every suite that runs against the extension in development mode (the .vsix suite has its own session). */
const devSuites = readdirSync(join(repoRoot, 'test/integration/suite')).filter(
  (name) => name.endsWith('.suite.ts') && !name.startsWith('vsix'),
);

void test('VS Code: extension in development mode', { timeout: 300_000 }, async (t) => {
  const result = await runVsCodeTests({ suites: devSuites, snapshotDir: process.env.SNAP_DIR, onLog });
  await report(t, result);
});

void test('VS Code: the packaged .vsix installed into code-server', { timeout: 300_000 }, async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'conductor-vsix-'));
  try {
    const vsix = join(folder, 'vscode-conductor.vsix');
    // Exactly what users run (`npm run package`), including its production build.
    const packaged = spawnSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 180_000,
    });
    assert.equal(packaged.status, 0, `npm run package failed:\n${packaged.stdout}${packaged.stderr}`);
    const probe = join(repoRoot, 'test/integration/probe');
    const result = await runVsCodeTests({ suites: ['vsix.suite.ts'], extensionDevelopmentPath: probe, vsix, onLog });
    await report(t, result);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

async function report(t: TestContext, result: RunResult): Promise<void> {
  for (const record of result.tests) {
    await t.test(record.fullTitle, { skip: record.state === 'pending' }, () => {
      if (record.state === 'failed') assert.fail(record.error ?? 'failed');
    });
  }
  const tail = result.log.slice(-40).join('\n');
  // With CONDUCTOR_TEST_GREP a session may rightly run nothing; otherwise an empty run means VS Code never started them.
  const filtered = Boolean(process.env.CONDUCTOR_TEST_GREP);
  assert.ok(filtered || result.tests.length > 0, `VS Code ran no test (exit ${result.exitCode}). Log:\n${tail}`);
  assert.equal(result.exitCode, 0, `VS Code reported exit ${result.exitCode}. Extension host log:\n${tail}`);
}

/** Resolves with the output once `pattern` appears; rejects on exit or after `timeoutMs`. */
function waitForOutput(child: ReturnType<typeof spawn>, pattern: RegExp, timeoutMs: number): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (pattern.test(output)) finish(() => resolve(output));
    };
    const onExit = (): void => finish(() => reject(new Error(`npm start exited early:\n${output.slice(-3000)}`)));
    const timer = setTimeout(
      () => finish(() => reject(new Error(`npm start not ready:\n${output.slice(-3000)}`))),
      timeoutMs,
    );
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      settle();
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

void test(
  'npm start serves VS Code with the extension installed and stops on Ctrl-C',
  { timeout: 300_000 },
  async () => {
    const state = mkdtempSync(join(tmpdir(), 'conductor-start-'));
    const port = await freePort();
    const env = { ...process.env, PORT: String(port), CONDUCTOR_START_DIR: state };
    const start = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = once(start, 'exit');
    try {
      const output = await waitForOutput(start, /Conductor Workflows is ready: open (\S+)/, 240_000);
      assert.match(output, new RegExp(`open http://127\\.0\\.0\\.1:${port}/ `));
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(health.status, 200);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      assert.equal(page.status, 200, 'auth is off: the workbench page answers without a login');
      const installed = readdirSync(join(state, 'extensions'));
      assert.ok(
        installed.some((name) => name.startsWith('conductor-workflows.vscode-conductor-')),
        installed.join(),
      );

      start.kill('SIGINT');
      const [code] = (await exited) as [number | null];
      assert.equal(code, 0);
      await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`), 'code-server still answers after Ctrl-C');
    } finally {
      if (start.exitCode === null) start.kill('SIGINT');
      rmSync(state, { recursive: true, force: true });
    }
  },
);
