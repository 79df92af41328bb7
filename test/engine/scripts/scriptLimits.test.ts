import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ScriptSandbox, evaluateScript, timeoutMessage } from '../../../engine/src/scripts';

let sandbox: ScriptSandbox;
before(async () => {
  sandbox = await ScriptSandbox.create({ timeoutMs: 300 });
});
after(() => sandbox.dispose());

/** Proves the sandbox still evaluates correctly, many times, after a failure. */
function assertHealthy(times = 200): void {
  for (let i = 0; i < times; i++) {
    const result = evaluateScript(sandbox, '$.n * 2', { n: i });
    assert.deepEqual(result, { ok: true, value: i * 2 });
  }
}

void describe('§4.4 time limit', () => {
  void it("interrupts an infinite loop with Conductor's message and stays healthy", () => {
    const started = Date.now();
    const result = evaluateScript(sandbox, 'while (true) {}', {});
    const elapsed = Date.now() - started;
    assert.deepEqual(result, { ok: false, kind: 'timeout', reason: timeoutMessage(300) });
    assert.equal(timeoutMessage(4000), 'Script not evaluated within 4 seconds, interrupted.');
    assert.ok(elapsed >= 300 && elapsed < 3000, `interrupted after ${elapsed} ms`);
    assertHealthy();
  });
  void it('honours a per-call limit and interrupts a loop that allocates', () => {
    const result = evaluateScript(sandbox, 'var a = []; for (;;) a.push("x" + a.length % 7);', {}, { timeoutMs: 100 });
    assert.ok(!result.ok && (result.kind === 'timeout' || result.kind === 'memory'), JSON.stringify(result));
    assertHealthy();
  });
  void it('survives many timeouts in a row', () => {
    for (let i = 0; i < 5; i++) {
      const result = evaluateScript(sandbox, 'for (;;) {}', {}, { timeoutMs: 20 });
      assert.equal(result.ok ? 'ok' : result.kind, 'timeout');
    }
    assertHealthy();
  });
});

void describe('§4.4 memory and stack limits', () => {
  void it('fails a huge allocation with the memory reason and stays healthy', () => {
    const result = evaluateScript(sandbox, 'new Array(1e8).fill(1).length', {}, { memoryBytes: 16 * 1024 * 1024 });
    assert.deepEqual(result, {
      ok: false,
      kind: 'memory',
      reason: 'Script exceeded the sandbox memory limit of 16 MB; reduce the data the script builds',
    });
    assertHealthy();
  });
  void it('fails a string that doubles forever', () => {
    const result = evaluateScript(sandbox, 'var s = "x"; for (;;) s += s;', {});
    assert.ok(!result.ok && result.kind !== 'timeout', JSON.stringify(result));
    assertHealthy();
  });
  void it('fails unbounded recursion inside the sandbox, not in the host', () => {
    const result = evaluateScript(sandbox, 'function r() { return r() + 1; }\nr()', {});
    assert.ok(!result.ok);
    assert.equal(result.kind, 'error');
    assert.match(result.reason, /stack overflow/);
    assertHealthy();
  });
  void it('fails a script or input nested past the host stack as a script error; the next runs', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const nested = '('.repeat(5000) + '1' + ')'.repeat(5000);
    for (const [script, input] of [
      [nested, {}],
      ['$.a', { a: deep }],
    ] as const) {
      await sandbox.ready(); // the spare module is loaded
      assert.deepEqual(evaluateScript(sandbox, script, input), {
        ok: false,
        kind: 'error',
        reason:
          'The script or its input is nested too deeply for the script sandbox (about a thousand levels of brackets ' +
          'in the script, or several thousand levels of arrays or objects in the input); reduce the nesting',
      });
      // The failed module is replaced by the spare at once: no evaluation waits for, or fails during, a reload.
      assertHealthy(20);
    }
  });
  void it('rejects an input larger than the memory limit without harm', () => {
    const big = { s: 'x'.repeat(2 * 1024 * 1024) };
    const result = evaluateScript(sandbox, '$.s.length', big, { memoryBytes: 1024 * 1024 });
    assert.equal(result.ok ? 'ok' : result.kind, 'memory');
    assert.deepEqual(evaluateScript(sandbox, '$.s.length', big), { ok: true, value: 2 * 1024 * 1024 });
  });
});

void describe('§4.4 limits cannot be switched off', () => {
  void it('replaces a missing, zero or non-numeric limit with the default', () => {
    const result = evaluateScript(sandbox, 'while (true) {}', {}, { timeoutMs: Number.NaN, memoryBytes: 0 });
    assert.deepEqual(result, { ok: false, kind: 'timeout', reason: timeoutMessage(300) });
  });
  void it('is ready at once when healthy', async () => {
    await sandbox.ready();
    assert.deepEqual(evaluateScript(sandbox, '1', {}), { ok: true, value: 1 });
  });
});
