/**
 * `--exit-with-parent`: the extension spawns the engine with a stdin pipe, so when the extension host dies without
 * stopping it, the closed pipe shuts the engine down cleanly and releases its data directory for the next start.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, describe, it } from 'node:test';
import { startEngineProcess } from './platform/engineProcess';
import { tempDir } from './platform/platformServer';

const temp = tempDir();
after(() => temp.remove());

void describe('engine process --exit-with-parent', () => {
  void it('exits with status 0 when its stdin closes, and the same data directory starts again', async () => {
    const first = await startEngineProcess(temp.dir, 30_000, ['--exit-with-parent']);
    const exited = once(first.child, 'exit');
    first.child.stdin?.end();
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    assert.deepEqual({ code, signal }, { code: 0, signal: null });
    const second = await startEngineProcess(temp.dir);
    try {
      const health = await fetch(`${second.url}/health`);
      assert.equal(health.status, 200);
    } finally {
      await second.kill();
    }
  });

  void it('keeps running while its stdin stays open', async () => {
    const engine = await startEngineProcess(temp.dir, 30_000, ['--exit-with-parent']);
    try {
      const health = await fetch(`${engine.url}/health`);
      assert.equal(health.status, 200);
      assert.equal(engine.child.exitCode, null);
    } finally {
      await engine.kill();
    }
  });
});
