/**
 * Isolation with the shared context of read-only scripts (§4.4): scripts that change globals, prototypes or the
 * global scope run in a fresh context, so nothing of them reaches the next script; a runaway loop, a memory bomb or
 * an error fails only its own evaluation; each script sees only its own `$`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ScriptSandbox, evaluateScript, type ScriptResult } from '../../../engine/src/scripts';
import { isReadOnlyScript } from '../../../engine/src/scripts/readOnlyScript';
import { RESULT_WITHOUT_JSON } from '../../../engine/src/scripts/scriptMessages';

let sandbox: ScriptSandbox;
before(async () => {
  sandbox = await ScriptSandbox.create({ timeoutMs: 300 });
});
after(() => sandbox.dispose());

/** A read-only probe of everything the polluting scripts below try to change. */
const PROBE =
  "[typeof leaked, typeof declared, typeof lexical, ({}).polluted, typeof [].at, typeof JSON.parse, $.n, 'm' in $]";
const PRISTINE = (n: number): unknown[] => [
  'undefined',
  'undefined',
  'undefined',
  null,
  'function',
  'function',
  n,
  false,
];

function value(result: ScriptResult): unknown {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.value;
}

const POLLUTERS = [
  'globalThis.leaked = 1; 1',
  'var declared = 2; function f() {} 2',
  'let lexical = 3; const other = 4; 3',
  "Object.prototype.polluted = 'yes'; Array.prototype.at = null; JSON.parse = 5; 4",
  'Object.defineProperty(Object.prototype, "polluted", { get() { return "getter"; } }); 5',
  // Hides its code in a comment that a naive scan reads as `/`, `*` and a string.
  "6 /*'*/; globalThis.leaked = 1; Object.prototype.polluted = 'yes'; //'",
];

void describe('§4.4 isolation between scripts with a shared read-only context', () => {
  void it('runs the probe as a read-only script, and the polluters as not', () => {
    assert.equal(isReadOnlyScript(PROBE), true);
    for (const script of POLLUTERS) assert.equal(isReadOnlyScript(script), false, script);
  });

  void it('shows no global, declaration or prototype change of an earlier script to the next one', () => {
    for (let round = 0; round < 3; round++) {
      assert.deepEqual(value(evaluateScript(sandbox, PROBE, { n: round })), PRISTINE(round));
      for (const script of POLLUTERS) {
        value(evaluateScript(sandbox, script, { m: 1 }));
        assert.deepEqual(value(evaluateScript(sandbox, PROBE, { n: round })), PRISTINE(round), script);
      }
    }
  });

  void it('runs read-only tricks (__proto__, constructor chains, coercions, labels) shared, harmlessly', () => {
    const tricks: [string, unknown][] = [
      ["({ __proto__: { polluted: 'own' } }).polluted", 'own'],
      ['({ __proto__: null }).polluted', null],
      ['typeof $.o.constructor.constructor + typeof $.o.__proto__.valueOf', 'functionfunction'],
      ["$.o + '' + [1, [2, 3]] + ($.o < $.o)", '[object Object]1,2,3false'],
      ['leaked: $.n', 5],
      ['\'\\u0041\' + "\\x41"', 'AA'],
    ];
    for (const [script, expected] of tricks) {
      assert.equal(isReadOnlyScript(script), true, script);
      assert.equal(value(evaluateScript(sandbox, script, { o: {}, n: 5 })), expected, script);
      assert.deepEqual(value(evaluateScript(sandbox, PROBE, { n: 1 })), PRISTINE(1), `after ${script}`);
    }
  });

  void it('lets a polluter see its own changes, as a fresh context would', () => {
    const script = "Object.prototype.polluted = 'yes'; [({}).polluted, typeof leaked]";
    assert.deepEqual(value(evaluateScript(sandbox, script, {})), ['yes', 'undefined']);
  });

  void it('gives each read-only script only its own $', () => {
    assert.equal(value(evaluateScript(sandbox, '$.secret', { secret: 's1' })), 's1');
    assert.equal(value(evaluateScript(sandbox, '$.secret', { other: true })), null);
    assert.equal(value(evaluateScript(sandbox, 'typeof $.secret', {})), 'undefined');
  });

  void it('fails a runaway loop, a memory bomb, a throwing probe or a result without JSON alone', () => {
    const failures: [string, unknown, string][] = [
      ['while (true) {}', {}, 'timeout'],
      ['new Array(1e8).fill(1).length', {}, 'memory'],
      ['$.missing.field', {}, 'error'],
      ['$.s.length', { s: 'x'.repeat(2 * 1024 * 1024) }, 'memory'],
      // Its converted result is no JSON text; parsing that in the host used to restart the whole sandbox.
      ['Object.prototype.toJSON = function () { return undefined; }; [{ a: 1 }]', {}, 'error'],
    ];
    for (const [script, input, kind] of failures) {
      assert.deepEqual(value(evaluateScript(sandbox, PROBE, { n: 1 })), PRISTINE(1));
      const result = evaluateScript(sandbox, script, input, { memoryBytes: 1024 * 1024 });
      assert.equal(result.ok ? 'ok' : result.kind, kind, script);
      assert.deepEqual(value(evaluateScript(sandbox, PROBE, { n: 2 })), PRISTINE(2), `after ${script}`);
    }
    assert.deepEqual(evaluateScript(sandbox, 'Object.prototype.toJSON = () => undefined; [1]', {}), {
      ok: false,
      kind: 'error',
      reason: `Error evaluating the script \`${RESULT_WITHOUT_JSON}\``,
    });
  });
});
