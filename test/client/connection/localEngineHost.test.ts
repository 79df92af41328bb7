/**
 * The Local profile's engine host against the real bundled engine (`dist/engine.js`, rebuilt first): one start
 * for concurrent callers, restart on the same data, an unexpected exit reported once and followed by a fresh start,
 * and dispose cancelling everything. The connector on top of it yields a client that works.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { connectProfile } from '../../../client/src/connection/connector';
import { LocalEngineHost } from '../../../client/src/connection/localEngineHost';

const root = resolve(__dirname, '../../..');
const enginePath = join(root, 'dist', 'engine.js');
const temp = mkdtempSync(join(tmpdir(), 'client-engine-host-'));
const hosts: LocalEngineHost[] = [];

before(async () => {
  // Always rebuilt: a stale dist/engine.js would test yesterday's engine against today's launcher.
  await promisify(execFile)(process.execPath, ['esbuild.mjs'], { cwd: root, timeout: 120_000 });
});
after(async () => {
  await Promise.all(hosts.map((host) => host.dispose()));
  rmSync(temp, { recursive: true, force: true });
});

/** A host on its own data directory, disposed after the file's tests. */
function host(name: string, onExit?: (description: string) => void, onLog?: (line: string) => void): LocalEngineHost {
  const created = new LocalEngineHost({ enginePath, dataDir: join(temp, name), onExit, onLog });
  hosts.push(created);
  return created;
}

const noSecret = (): Promise<undefined> => Promise.resolve(undefined);

void describe('local engine host', () => {
  void it('starts once for concurrent callers, and the Local connection works', async () => {
    const engine = host('concurrent');
    const urls = await Promise.all([engine.ensureStarted(), engine.ensureStarted(), engine.ensureStarted()]);
    assert.equal(new Set(urls).size, 1);
    const connection = await connectProfile(
      { name: 'Local', kind: 'local' },
      { localEngine: engine, secretFor: noSecret },
    );
    assert.deepEqual(connection.profile, { name: 'Local', baseUrl: urls[0], isLocal: true });
    await connection.client.metadata.registerTaskDefs([{ name: 'host_task', ownerEmail: 'dev@example.com' }]);
    assert.equal((await connection.client.metadata.getTaskDef('host_task')).name, 'host_task');
  });

  void it('restarts on the same data', async () => {
    const engine = host('restart');
    const first = await engine.ensureStarted();
    const firstPid = engine.pid;
    const connection = await connectProfile(
      { name: 'Local', kind: 'local' },
      { localEngine: engine, secretFor: noSecret },
    );
    await connection.client.metadata.registerTaskDefs([{ name: 'kept', ownerEmail: 'dev@example.com' }]);
    const second = await engine.restart();
    assert.notEqual(engine.pid, firstPid);
    assert.ok(first && second);
    const again = await connectProfile({ name: 'Local', kind: 'local' }, { localEngine: engine, secretFor: noSecret });
    assert.equal((await again.client.metadata.getTaskDef('kept')).name, 'kept');
  });

  void it('reports an unexpected exit once, then starts a fresh engine on demand', async () => {
    const exits: string[] = [];
    let exited: () => void = () => undefined;
    const reported = new Promise<void>((done) => (exited = done));
    const engine = host('crash', (description) => {
      exits.push(description);
      exited();
    });
    await engine.ensureStarted();
    const pid = engine.pid;
    assert.ok(pid !== undefined);
    process.kill(pid, 'SIGKILL');
    await reported;
    assert.deepEqual(exits, ['The local Conductor engine was killed by SIGKILL.']);
    assert.equal(engine.url, undefined);
    await engine.ensureStarted();
    assert.notEqual(engine.pid, pid);
  });

  void it('a second window uses the engine the first one started, leaves it running, and hears when it stops', async () => {
    const first = host('shared');
    const url = await first.ensureStarted();
    const lines: string[] = [];
    let stopped: (description: string) => void = () => undefined;
    const exit = new Promise<string>((done) => (stopped = done));
    const second = host('shared', stopped, (line) => lines.push(line));
    assert.equal(await second.ensureStarted(), url);
    assert.equal(second.pid, first.pid);
    assert.ok(lines.some((line) => line.startsWith(`Using the local engine another VS Code window started: ${url}`)));
    await second.dispose();
    const client = (await connectProfile({ name: 'Local', kind: 'local' }, { localEngine: first, secretFor: noSecret }))
      .client;
    assert.equal((await client.health()).healthy, true, "the second window must not stop the first one's engine");
    const third = host('shared', stopped);
    await third.ensureStarted();
    const sharedPid = first.pid;
    await first.dispose();
    assert.match(await exit, /^The local Conductor engine of another VS Code window \(pid \d+\) stopped\.$/);
    const own = await third.ensureStarted();
    assert.notEqual(third.pid, sharedPid, 'after the shared engine stopped, the window starts its own');
    assert.match(own, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  void it('two windows starting at the same moment end up on one engine', async () => {
    const [a, b] = [host('simultaneous'), host('simultaneous')];
    const [urlA, urlB] = await Promise.all([a.ensureStarted(), b.ensureStarted()]);
    assert.equal(urlA, urlB);
    assert.equal(a.pid, b.pid);
  });

  void it('dispose cancels a start in progress and refuses later starts with a reason', async () => {
    const engine = host('dispose');
    const starting = engine.ensureStarted();
    await engine.dispose();
    await assert.rejects(starting, /cancelled/);
    await assert.rejects(engine.ensureStarted(), /shutting down/);
  });

  void it('says what failed and what to run next when the engine cannot start', async () => {
    const broken = new LocalEngineHost({ enginePath: join(temp, 'missing-engine.js'), dataDir: join(temp, 'broken') });
    hosts.push(broken);
    await assert.rejects(
      connectProfile({ name: 'Local', kind: 'local' }, { localEngine: broken, secretFor: noSecret }),
      (error: Error) => {
        assert.match(error.message, /^Could not start the local Conductor engine: The local engine exited with code 1/);
        assert.match(error.message, /Run "Conductor: Restart Local Engine" to try again/);
        return true;
      },
    );
  });
});
