/**
 * The main job, `npm start` (scripts/start.mjs), end to end: it packages and installs the extension into code-server,
 * serves VS Code on 127.0.0.1 with auth off, prints the URL, and stops everything on Ctrl-C (SIGINT).
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { freePort, repoRoot } from './runner/codeServer';

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
