/**
 * The local engine manager runs the real bundled engine (`dist/engine.js`, built in `before`) as a child process on
 * 127.0.0.1 with a temp data dir: start, serve, log, stop, restart on the same data, an unexpected exit, a start-up
 * failure. Two stand-in scripts in `fixtures/` cover what the engine does not do: never announcing its URL (start-up
 * timeout) and ignoring SIGTERM (SIGKILL after the grace period).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ConductorClient } from '../../client/src/api';
import { startLocalEngine, type LocalEngine } from '../../client/src/localEngine';

const root = resolve(__dirname, '../..');
const enginePath = join(root, 'dist', 'engine.js');
const temp = mkdtempSync(join(tmpdir(), 'client-local-engine-'));
const started: LocalEngine[] = [];

before(async () => {
  await promisify(execFile)(process.execPath, ['esbuild.mjs'], { cwd: root, timeout: 120_000 });
});
after(async () => {
  await Promise.all(started.map((engine) => engine.stop()));
  rmSync(temp, { recursive: true, force: true });
});

/** Starts and remembers the engine so `after` stops it even when an assertion fails first. */
async function start(options: Partial<Parameters<typeof startLocalEngine>[0]> = {}): Promise<LocalEngine> {
  const engine = await startLocalEngine({ enginePath, dataDir: join(temp, 'data'), ...options });
  started.push(engine);
  return engine;
}

/** True while a process with this pid exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

void describe('local engine', () => {
  void it('starts on a free 127.0.0.1 port, serves, streams its log, stops, and keeps its data', async () => {
    const lines: string[] = [];
    const exits: string[] = [];
    const engine = await start({ onLog: (line) => lines.push(line), onUnexpectedExit: (text) => exits.push(text) });
    assert.match(engine.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(lines.some((line) => line.includes(`listening on ${engine.url}`)));
    const client = new ConductorClient({ profile: 'Local', baseUrl: engine.url });
    assert.equal((await client.health()).healthy, true);
    await client.metadata.registerTaskDefs([{ name: 'kept_task', ownerEmail: 'dev@example.com' }]);
    await engine.stop();
    assert.equal(alive(engine.pid), false);
    assert.ok(lines.some((line) => line.includes('SIGTERM received')));
    assert.deepEqual(exits, []);

    const again = await start();
    const reopened = new ConductorClient({ profile: 'Local', baseUrl: again.url });
    assert.equal((await reopened.metadata.getTaskDef('kept_task')).name, 'kept_task');
    await again.stop();
  });

  void it('reports an unexpected exit with the last lines it printed', async () => {
    let report: { description: string; lastLines: readonly string[] } | undefined;
    const reported = new Promise<void>((resolveReport) => {
      void start({
        dataDir: join(temp, 'crash'),
        onUnexpectedExit: (description, lastLines) => {
          report = { description, lastLines };
          resolveReport();
        },
      }).then((engine) => process.kill(engine.pid, 'SIGKILL'));
    });
    await reported;
    assert.equal(report?.description, 'The local Conductor engine was killed by SIGKILL.');
    assert.ok(report.lastLines.some((line) => line.includes('listening on')));
  });

  void it('a start-up failure rejects with the reason and the engine output', async () => {
    const notADir = join(temp, 'file');
    writeFileSync(notADir, 'not a directory');
    await assert.rejects(start({ dataDir: join(notADir, 'data') }), (error: unknown) => {
      assert.ok(error instanceof Error);
      assert.match(error.message, /^The local engine exited with code 1 while starting\.\nLast output:\n/);
      return true;
    });
  });

  void it('a missing Node executable is a clear error', async () => {
    await assert.rejects(start({ nodePath: join(temp, 'no-node') }), /^Error: Could not start the local engine: spawn/);
  });

  void it('an engine that never announces its URL times out and is killed', async () => {
    const silent = join(__dirname, 'fixtures', 'silentEngine.mjs');
    await assert.rejects(
      start({ enginePath: silent, startTimeoutMs: 500 }),
      /^Error: The local engine did not become ready within 0.5 s\. It printed nothing\.$/,
    );
  });

  void it('a cancelled start kills the child and rejects', async () => {
    const controller = new AbortController();
    const silent = join(__dirname, 'fixtures', 'silentEngine.mjs');
    const starting = start({ enginePath: silent, signal: controller.signal });
    controller.abort();
    await assert.rejects(starting, /^Error: The local engine start was cancelled\.$/);
  });

  void it('stop() falls back to SIGKILL when SIGTERM is ignored', async () => {
    const stubborn = join(__dirname, 'fixtures', 'stubbornEngine.mjs');
    const engine = await start({ enginePath: stubborn, stopGraceMs: 300 });
    await engine.stop();
    assert.equal(alive(engine.pid), false);
  });
});
