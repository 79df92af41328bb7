import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ScriptSandbox, evaluateScript, type ScriptResult } from '../../../engine/src/scripts';

let sandbox: ScriptSandbox;
before(async () => {
  sandbox = await ScriptSandbox.create();
});
after(() => sandbox.dispose());

function value(result: ScriptResult): unknown {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.value;
}

function failure(result: ScriptResult): { kind: string; reason: string } {
  assert.ok(!result.ok, `expected a failure, got ${JSON.stringify(result)}`);
  return result;
}

void describe('§4.4 $ binding and result conversion', () => {
  void it('binds $ to the input and returns the completion value', () => {
    assert.equal(value(evaluateScript(sandbox, '$.a + $.b.c[1]', { a: 1, b: { c: [0, 41] } })), 42);
    assert.equal(value(evaluateScript(sandbox, '$.name.toUpperCase()', { name: 'ünï' })), 'ÜNÏ');
  });
  void it('gives $ a deep copy: mutating it inside does not touch the caller input', () => {
    const input = { list: [1, 2] };
    assert.deepEqual(value(evaluateScript(sandbox, '$.list.push(3); $.list', input)), [1, 2, 3]);
    assert.deepEqual(input, { list: [1, 2] });
  });
  void it('converts like ScriptEvaluator.getObject: undefined → null, functions → {}, nested undefined → null', () => {
    assert.equal(value(evaluateScript(sandbox, 'undefined', {})), null);
    assert.equal(value(evaluateScript(sandbox, 'var x = 1;', {})), null);
    assert.deepEqual(value(evaluateScript(sandbox, '(function f() {})', {})), {});
    assert.deepEqual(value(evaluateScript(sandbox, '({a: undefined, b: [undefined, 1.5], c: NaN})', {})), {
      a: null,
      b: [null, 1.5],
      c: null,
    });
    assert.deepEqual(value(evaluateScript(sandbox, 'new Map([["k", 1]])', {})), { k: 1 });
    assert.equal(value(evaluateScript(sandbox, '10n ** 3n', {})), 1000);
  });
  void it('uses a fresh context per evaluation, so top-level let/const can be declared again', () => {
    for (let i = 0; i < 3; i++) assert.equal(value(evaluateScript(sandbox, 'const x = 2; let y = x * 2; y', {})), 4);
    assert.equal(value(evaluateScript(sandbox, 'typeof leaked', {})), 'undefined');
    evaluateScript(sandbox, 'globalThis.leaked = 1', {});
    assert.equal(value(evaluateScript(sandbox, 'typeof leaked', {})), 'undefined');
  });
  void it('keeps __proto__ keys (input, literal, Map) as keys, and ignores a toJSON on Object.prototype', () => {
    const input = JSON.parse('{"o": {"__proto__": {"a": 1}, "b": 2}}') as unknown;
    const expected = JSON.parse('{"__proto__": {"a": 1}, "b": 2}') as unknown;
    for (const script of ['$.o', 'var o = $.o; o'])
      assert.deepEqual(value(evaluateScript(sandbox, script, input)), expected);
    const literal = value(evaluateScript(sandbox, "({ ['__proto__']: 1, c: 2 })", {}));
    assert.deepEqual(literal, JSON.parse('{"__proto__": 1, "c": 2}'));
    const map = value(evaluateScript(sandbox, "new Map([['__proto__', 1]])", {}));
    assert.deepEqual(map, JSON.parse('{"__proto__": 1}'));
    // Nor does a toJSON put on Object.prototype change how an object result converts (GraalJS reads no toJSON).
    const polluted = 'Object.prototype.toJSON = () => "changed"; ({ a: { b: 1 } })';
    assert.deepEqual(value(evaluateScript(sandbox, polluted, {})), { a: { b: 1 } });
  });
  void it('keeps the conversion working when the script overwrites JSON and Object', () => {
    assert.deepEqual(value(evaluateScript(sandbox, 'JSON.stringify = null; Object.keys = null; ({a: [1]})', {})), {
      a: [1],
    });
  });
});

void describe('§4.4 no host access', () => {
  void it('has no process, require, console, module loader or network', () => {
    const probe =
      '[typeof process, typeof require, typeof module, typeof console, typeof fetch, typeof XMLHttpRequest,' +
      ' typeof std, typeof os, typeof setTimeout, typeof WebAssembly]';
    assert.deepEqual(value(evaluateScript(sandbox, probe, {})), Array(10).fill('undefined'));
  });
  void it('cannot reach the host through globalThis or the Function constructor', () => {
    assert.equal(value(evaluateScript(sandbox, 'typeof globalThis.process', {})), 'undefined');
    assert.equal(value(evaluateScript(sandbox, 'typeof Function("return this")().process', {})), 'undefined');
    const escaped = failure(evaluateScript(sandbox, '({}).constructor.constructor("return process")().env', {}));
    assert.match(escaped.reason, /ReferenceError: 'process' is not defined/);
    const required = failure(evaluateScript(sandbox, 'require("fs").readFileSync("/etc/passwd")', {}));
    assert.match(required.reason, /ReferenceError: 'require' is not defined/);
  });
});

void describe('§4.4 errors carry the message and the line', () => {
  void it('reports a thrown Error as Conductor words it', () => {
    const result = failure(evaluateScript(sandbox, 'var a = 1;\n\nthrow new Error("boom " + a);', {}));
    assert.equal(result.kind, 'error');
    assert.equal(result.reason, 'Error evaluating the script `Error: boom 1` at line 3');
  });
  void it('reports reference, type and syntax errors with their lines', () => {
    assert.match(
      failure(evaluateScript(sandbox, '1;\nmissing.x', {})).reason,
      /^Error evaluating.*ReferenceError.*line 2$/,
    );
    assert.match(failure(evaluateScript(sandbox, '$.a.b.c', { a: {} })).reason, /TypeError.* at line 1$/);
    assert.match(failure(evaluateScript(sandbox, 'let = ;', {})).reason, /^Error evaluating the script `SyntaxError: /);
  });
  void it('reports a thrown primitive as itself', () => {
    assert.equal(failure(evaluateScript(sandbox, 'throw "plain"', {})).reason, 'Error evaluating the script `plain`');
  });
  void it('fails a result with a cycle clearly', () => {
    assert.match(failure(evaluateScript(sandbox, 'var o = {}; o.self = o; o', {})).reason, /cycle/);
  });
});
