/**
 * Runs the in-VS-Code suites (test/integration/suite/) in a real VS Code and turns each mocha test into a node:test
 * subtest, so `npm test`'s summary counts them. Needs `bash scripts/setup.sh` (code-server and chromium).
 * `SNAP_DIR=<folder>` saves the screenshots the suites ask for; `VSCODE_TEST_VERBOSE=1` echoes the extension host log.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import { repoRoot } from './runner/codeServer';
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
