/**
 * The data-directory claim under a real race (engine/src/store/dataDirLock.ts): engine processes that claim one
 * directory at the same instant, as two VS Code windows starting the Local engine together do. Exactly one may own
 * it; the others must be refused with the "in use by another engine" message the client knows how to follow (then
 * it uses the winner's engine), never reach SQLite together ("database is locked").
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const temp = mkdtempSync(join(tmpdir(), 'conductor-lock-'));
after(() => rmSync(temp, { recursive: true, force: true }));

const CLAIMERS = 4;
const ROUNDS = 3;

/** Starts `CLAIMERS` processes that all claim `dir` at `startAt`; resolves with what each printed. */
async function race(dir: string, startAt: number): Promise<string[]> {
  const lock = join(__dirname, '..', '..', '..', 'engine', 'src', 'store', 'dataDirLock.ts');
  const script = `
    const { lockDataDir } = require(${JSON.stringify(lock)});
    setTimeout(() => {
      try { lockDataDir(${JSON.stringify(dir)}, ${JSON.stringify(join(dir, 'db.sqlite'))}); console.log('claimed'); }
      catch (error) { console.log(/in use by another engine/.test(error.message) ? 'refused' : 'error ' + error.message); }
      setTimeout(() => {}, 500);
    }, Math.max(0, ${startAt} - Date.now()));`;
  const children = Array.from({ length: CLAIMERS }, () =>
    spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] }),
  );
  return Promise.all(
    children.map(
      (child) =>
        new Promise<string>((resolve) => {
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          child.on('exit', () => resolve(out.trim()));
        }),
    ),
  );
}

void describe('data directory claim under a race (§ local engine, two windows)', () => {
  void it('of engines claiming one directory at the same instant, exactly one owns it', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const outcomes = await race(join(temp, `round-${round}`), Date.now() + 2500);
      assert.deepEqual(
        [...outcomes].sort(),
        ['claimed', ...Array<string>(CLAIMERS - 1).fill('refused')],
        `round ${round}: ${outcomes.join(', ')}`,
      );
    }
  });
});
