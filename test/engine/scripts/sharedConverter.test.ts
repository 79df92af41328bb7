/**
 * The result converter of the shared read-only context (§4.4): compiled once per context and kept only on the host
 * side, so no script can reach or alter it; object results convert the same with it as in a fresh context, and the
 * sandbox frees it with the context (a live handle would make QuickJS abort when the runtime is freed).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newQuickJSWASMModuleFromVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import variant from '@jitl/quickjs-singlefile-cjs-release-sync';
import { ScriptSandbox, type ScriptResult } from '../../../engine/src/scripts';
import { runInContext, type ConverterCache } from '../../../engine/src/scripts/sandboxRun';
import { SANDBOX_RESTARTING } from '../../../engine/src/scripts/scriptMessages';

const LIMITS = { timeoutMs: 1000, memoryBytes: 8 * 1024 * 1024 };
const OBJECT = '({ v: $.v, list: [$.v, 1.5, null, $.none], nested: { t: typeof $.v, nan: 0 / 0 } })';
const converted = (v: unknown) => ({ v, list: [v, 1.5, null, null], nested: { t: typeof v, nan: null } });
/** Every own global name and its type, read by a script the sandbox itself would never run in a shared context. */
const GLOBALS = 'Object.getOwnPropertyNames(globalThis).map((name) => name + ":" + typeof globalThis[name]).sort()';

function value(result: ScriptResult): unknown {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.value;
}

/** Frees a handle; typed structurally because the test project does not resolve QuickJS's disposable classes. */
function release(handle: { dispose(): void }): void {
  handle.dispose();
}

let module: QuickJSWASMModule;
let sandbox: ScriptSandbox;
before(async () => {
  module = await newQuickJSWASMModuleFromVariant(variant);
  sandbox = await ScriptSandbox.create({ timeoutMs: 500 });
});
after(() => sandbox.dispose());

/** The cache's converter, typed as the cache declares it (an assertion's narrowing of the property does not hold). */
function converterIn(cache: ConverterCache): ConverterCache['convert'] {
  return cache.convert;
}

void describe('§4.4 the shared context compiles its result converter once', () => {
  void it('keeps one converter across object results, each converted as in a fresh context', () => {
    const runtime = module.newRuntime();
    const vm = runtime.newContext();
    const cache: ConverterCache = {};
    const globalsBefore = value(runInContext(vm, GLOBALS, {}, LIMITS));
    assert.deepEqual(value(runInContext(vm, '$.v', { v: 'a' }, LIMITS, cache)), 'a');
    assert.equal(cache.convert, undefined, 'a primitive result compiles nothing');
    assert.deepEqual(value(runInContext(vm, OBJECT, { v: 'a' }, LIMITS, cache)), converted('a'));
    // Read through a call: the assertion above narrowed `cache.convert` to undefined, but the run just set it.
    const first = converterIn(cache);
    assert.ok(first !== undefined && first.alive, 'the first object result compiles the converter into the cache');
    for (const v of ['b', 7, true]) {
      assert.deepEqual(value(runInContext(vm, OBJECT, { v }, LIMITS, cache)), converted(v));
      assert.equal(cache.convert, first, 'later object results reuse it');
    }
    // Nothing a script can name refers to it: the context's globals are those of before, `$` aside.
    assert.deepEqual(value(runInContext(vm, GLOBALS, {}, LIMITS)), globalsBefore);
    release(first);
    vm.dispose();
    runtime.dispose(); // aborts if the runs leaked a handle
  });

  void it('frees the converter with the shared context: a later runtime recycle does not restart the sandbox', () => {
    assert.deepEqual(value(sandbox.evaluate(OBJECT, { v: 'x' })), converted('x'));
    // A read-only script that fails drops the shared context, and its converter with it.
    assert.equal(sandbox.evaluate('$.missing.field', {}).ok, false);
    assert.deepEqual(value(sandbox.evaluate(OBJECT, { v: 'y' })), converted('y'));
    // A limit frees the runtime; a converter still alive in it would make that abort and the sandbox restart.
    const bomb = sandbox.evaluate('new Array(1e8).fill(1).length', {}, { memoryBytes: 1024 * 1024 });
    assert.equal(bomb.ok ? 'ok' : bomb.kind, 'memory');
    const next = sandbox.evaluate(OBJECT, { v: 'z' });
    assert.notEqual(next.ok ? '' : next.reason, SANDBOX_RESTARTING);
    assert.deepEqual(value(next), converted('z'));
  });

  void it('converts read-only object results after polluting scripts exactly as before them', () => {
    assert.deepEqual(value(sandbox.evaluate(OBJECT, { v: 1 })), converted(1));
    const polluter =
      'JSON.stringify = () => "{}"; Object.keys = () => []; Array.isArray = () => false; ' +
      'Array.prototype.push = function () {}; String = () => "s"; Object.prototype.toJSON = () => 1; 1';
    assert.equal(value(sandbox.evaluate(polluter, {})), 1);
    assert.deepEqual(value(sandbox.evaluate(OBJECT, { v: 2 })), converted(2));
  });
});
