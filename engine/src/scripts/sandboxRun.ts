/**
 * One evaluation inside a fresh QuickJS context: bind `$`, run the script, convert its value (reference/conductor.md
 * §4.4). Values cross the boundary only as JSON text, so nothing of the host is reachable from the script. Every
 * handle is released here, because a leaked handle makes QuickJS abort when its runtime is freed.
 */
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import { SANDBOX_PRELUDE, SCRIPT_FILE_NAME } from './sandboxPrelude';
import { memoryMessage, scriptErrorMessage, timeoutMessage } from './scriptMessages';

/** Why a script failed: its own error (terminal in Conductor), a limit, or the sandbox itself. */
export type ScriptFailureKind = 'error' | 'timeout' | 'memory' | 'sandbox';

/** The outcome of one evaluation: the converted value, or a reason ready to be a task's reasonForIncompletion. */
export type ScriptResult = { ok: true; value: unknown } | { ok: false; kind: ScriptFailureKind; reason: string };

interface RunLimits {
  timeoutMs: number;
  memoryBytes: number;
}

/** Runs `script` in `vm` (which the caller disposes) with `$` = `input`; never throws for script problems. */
export function runInContext(vm: QuickJSContext, script: string, input: unknown, limits: RunLimits): ScriptResult {
  const owned: QuickJSHandle[] = [];
  const keep = (handle: QuickJSHandle): QuickJSHandle => {
    owned.push(handle);
    return handle;
  };
  let isNull: QuickJSHandle | undefined;
  const fail = (error: QuickJSHandle): ScriptResult => {
    keep(error);
    if (isNull && thrownNull(vm, isNull, error)) return memoryFailure(limits);
    return describeError(vm, error, limits);
  };
  try {
    const prelude = vm.evalCode(SANDBOX_PRELUDE, 'prelude.js');
    if (prelude.error) return fail(prelude.error);
    const pair = keep(prelude.value);
    const bind = keep(vm.getProp(pair, 0));
    const out = keep(vm.getProp(pair, 1));
    isNull = keep(vm.getProp(pair, 2));
    const json = keep(vm.newString(JSON.stringify(input ?? null)));
    const bound = vm.callFunction(bind, vm.undefined, json);
    if (bound.error) return fail(bound.error);
    keep(bound.value);
    const evaluated = vm.evalCode(script, SCRIPT_FILE_NAME);
    if (evaluated.error) return fail(evaluated.error);
    const converted = vm.callFunction(out, vm.undefined, keep(evaluated.value));
    if (converted.error) return fail(converted.error);
    const text = vm.getString(keep(converted.value));
    return { ok: true, value: JSON.parse(text) as unknown };
  } finally {
    for (const handle of owned) if (handle.alive) handle.dispose();
  }
}

/** Classifies a thrown value: the interrupt, the memory limit, or the script's own error with its line. */
function describeError(vm: QuickJSContext, error: QuickJSHandle, limits: RunLimits): ScriptResult {
  const name = stringProp(vm, error, 'name');
  const message = stringProp(vm, error, 'message') ?? primitiveText(vm, error);
  if (name === 'InternalError' && message === 'interrupted') {
    return { ok: false, kind: 'timeout', reason: timeoutMessage(limits.timeoutMs) };
  }
  if (message === 'out of memory') return memoryFailure(limits);
  const stack = stringProp(vm, error, 'stack') ?? '';
  const line = new RegExp(`${SCRIPT_FILE_NAME.replace('.', '\\.')}:(\\d+)`).exec(stack)?.[1];
  const text = name ? `${name}: ${message ?? ''}` : (message ?? 'unknown error');
  return { ok: false, kind: 'error', reason: scriptErrorMessage(text, line === undefined ? undefined : Number(line)) };
}

function memoryFailure(limits: RunLimits): ScriptResult {
  return { ok: false, kind: 'memory', reason: memoryMessage(limits.memoryBytes) };
}

/** QuickJS throws `null` when not even an Error fits in the heap; a failing check means the same. */
function thrownNull(vm: QuickJSContext, isNull: QuickJSHandle, error: QuickJSHandle): boolean {
  if (vm.typeof(error) !== 'object') return false;
  const checked = vm.callFunction(isNull, vm.undefined, error);
  if (checked.error) {
    checked.error.dispose();
    return true;
  }
  const result = vm.typeof(checked.value) === 'boolean' && vm.dump(checked.value) === true;
  checked.value.dispose();
  return result;
}

function stringProp(vm: QuickJSContext, handle: QuickJSHandle, key: string): string | undefined {
  if (vm.typeof(handle) !== 'object') return undefined;
  const prop = vm.getProp(handle, key);
  try {
    return vm.typeof(prop) === 'string' ? vm.getString(prop) : undefined;
  } finally {
    prop.dispose();
  }
}

/** `throw "text"` or `throw 42`: Conductor reports the thrown value itself. */
function primitiveText(vm: QuickJSContext, handle: QuickJSHandle): string | undefined {
  const type = vm.typeof(handle);
  if (type === 'string') return vm.getString(handle);
  if (type === 'number') return String(vm.getNumber(handle));
  if (type === 'boolean' || type === 'undefined') return String(vm.dump(handle));
  return undefined;
}
