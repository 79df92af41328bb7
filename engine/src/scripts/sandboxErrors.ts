/**
 * Turns what a sandboxed script threw into a {@link ScriptResult} failure (reference/conductor.md §4.4): the interrupt
 * (time limit), the heap limit, or the script's own error with Conductor's wording and the script line. Reads the
 * error through single properties, never `dump`, because dumping an Error object leaks a QuickJS handle.
 */
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import { IS_NULL_SOURCE, SCRIPT_FILE_NAME } from './sandboxConverter';
import { memoryMessage, scriptErrorMessage, timeoutMessage } from './scriptMessages';

/** Why a script failed: its own error (terminal in Conductor), a limit, or the sandbox itself. */
export type ScriptFailureKind = 'error' | 'timeout' | 'memory' | 'sandbox';

/** The outcome of one evaluation: the converted value, or a reason ready to be a task's reasonForIncompletion. */
export type ScriptResult = { ok: true; value: unknown } | { ok: false; kind: ScriptFailureKind; reason: string };

/** The limits a failure message quotes. */
export interface RunLimits {
  timeoutMs: number;
  memoryBytes: number;
}

const LINE_PATTERN = new RegExp(`${SCRIPT_FILE_NAME.replace('.', '\\.')}:(\\d+)`);

/** Classifies a thrown value; the caller still owns (and disposes) `error`. */
export function describeError(vm: QuickJSContext, error: QuickJSHandle, limits: RunLimits): ScriptResult {
  if (thrownNull(vm, error)) return memoryFailure(limits);
  const name = stringProp(vm, error, 'name');
  const message = stringProp(vm, error, 'message') ?? primitiveText(vm, error);
  if (name === 'InternalError' && message === 'interrupted') {
    return { ok: false, kind: 'timeout', reason: timeoutMessage(limits.timeoutMs) };
  }
  if (message === 'out of memory') return memoryFailure(limits);
  const line = LINE_PATTERN.exec(stringProp(vm, error, 'stack') ?? '')?.[1];
  const text = name ? `${name}: ${message ?? ''}` : (message ?? 'unknown error');
  return { ok: false, kind: 'error', reason: scriptErrorMessage(text, line === undefined ? undefined : Number(line)) };
}

function memoryFailure(limits: RunLimits): ScriptResult {
  return { ok: false, kind: 'memory', reason: memoryMessage(limits.memoryBytes) };
}

/** QuickJS throws `null` when not even an Error fits in the heap; a check that itself fails means the same. */
function thrownNull(vm: QuickJSContext, error: QuickJSHandle): boolean {
  if (vm.typeof(error) !== 'object') return false;
  const compiled = vm.evalCode(IS_NULL_SOURCE, 'isNull.js');
  if (compiled.error) {
    compiled.error.dispose();
    return true;
  }
  const checked = vm.callFunction(compiled.value, vm.undefined, error);
  compiled.value.dispose();
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
