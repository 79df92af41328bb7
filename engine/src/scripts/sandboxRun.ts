/**
 * One evaluation inside a QuickJS context: bind `$`, run the script, convert its value (reference/conductor.md §4.4).
 * Values cross the boundary only as JSON text or primitives, so nothing of the host is reachable from the script.
 * Every handle is released here, except a converter the caller asked to keep, because a leaked handle makes QuickJS
 * abort when its runtime is freed.
 */
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import { CONVERTER_BUILTINS, CONVERTER_FACTORY, SCRIPT_FILE_NAME } from './sandboxConverter';
import { describeError, type RunLimits, type ScriptResult } from './sandboxErrors';
import { RESULT_WITHOUT_JSON, scriptErrorMessage } from './scriptMessages';

export type { ScriptFailureKind, ScriptResult } from './sandboxErrors';

type Keep = (handle: QuickJSHandle) => QuickJSHandle;

/**
 * Where a reused context keeps its compiled result converter between evaluations. The handle lives only on the host
 * side (no global or property of the context refers to it), so no script can reach or alter it; its owner disposes
 * it before the context.
 */
export interface ConverterCache {
  convert?: QuickJSHandle | undefined;
}

/**
 * Runs `script` in `vm` with `$` = `input`; never throws for script problems. With `cache`, the converter is compiled
 * on the context's first object result and kept there; a context given a cache must only ever run scripts that
 * cannot change it (readOnlyScript.ts), since the converter's built-ins were captured before the first one ran.
 */
export function runInContext(
  vm: QuickJSContext,
  script: string,
  input: unknown,
  limits: RunLimits,
  cache?: ConverterCache,
): ScriptResult {
  const owned: QuickJSHandle[] = [];
  const keep: Keep = (handle) => {
    owned.push(handle);
    return handle;
  };
  const fail = (error: QuickJSHandle): ScriptResult => describeError(vm, keep(error), limits);
  try {
    // Captured before the script runs, so the script cannot replace what converts its result.
    const builtins = cache?.convert ? [] : CONVERTER_BUILTINS.map((path) => readGlobal(vm, path, keep));
    const json = keep(vm.getProp(vm.global, 'JSON'));
    const parse = keep(vm.getProp(json, 'parse'));
    const parsed = vm.callFunction(parse, json, keep(vm.newString(JSON.stringify(input ?? null))));
    if (parsed.error) return fail(parsed.error);
    vm.setProp(vm.global, '$', keep(parsed.value));
    const evaluated = vm.evalCode(script, SCRIPT_FILE_NAME);
    if (evaluated.error) return fail(evaluated.error);
    const value = keep(evaluated.value);
    const primitive = readPrimitive(vm, value);
    if (primitive.found) return { ok: true, value: primitive.value };
    const convert = converter(vm, builtins, keep, cache);
    if (convert.error) return fail(convert.error);
    const converted = vm.callFunction(convert.value, vm.undefined, value);
    if (converted.error) return fail(converted.error);
    const text = keep(converted.value);
    // Parsing anything but the text would throw here, in the host, and take the whole sandbox down.
    if (vm.typeof(text) !== 'string')
      return { ok: false, kind: 'error', reason: scriptErrorMessage(RESULT_WITHOUT_JSON, undefined) };
    return { ok: true, value: JSON.parse(vm.getString(text)) as unknown };
  } finally {
    for (const handle of owned) if (handle.alive) handle.dispose();
  }
}

type Compiled = { value: QuickJSHandle; error?: undefined } | { error: QuickJSHandle };

/** The cached converter, or one compiled from `builtins`: kept in `cache` when given, else released with the run. */
function converter(vm: QuickJSContext, builtins: QuickJSHandle[], keep: Keep, cache?: ConverterCache): Compiled {
  if (cache?.convert) return { value: cache.convert };
  const factory = vm.evalCode(CONVERTER_FACTORY, 'converter.js');
  if (factory.error) return { error: factory.error };
  const made = vm.callFunction(keep(factory.value), vm.undefined, ...builtins);
  if (made.error) return { error: made.error };
  if (cache) cache.convert = made.value;
  else keep(made.value);
  return { value: made.value };
}

function readGlobal(vm: QuickJSContext, path: readonly string[], keep: Keep): QuickJSHandle {
  let handle = vm.global;
  for (const key of path) handle = keep(vm.getProp(handle, key));
  return handle;
}

/** Primitives as `ScriptEvaluator.getObject` converts them; objects (null included) go through the converter. */
function readPrimitive(vm: QuickJSContext, handle: QuickJSHandle): { found: boolean; value?: unknown } {
  switch (vm.typeof(handle)) {
    case 'undefined':
      return { found: true, value: null };
    case 'string':
      return { found: true, value: vm.getString(handle) };
    case 'boolean':
      return { found: true, value: vm.dump(handle) as boolean };
    case 'number': {
      const number = vm.getNumber(handle);
      return { found: true, value: Number.isFinite(number) ? number : null };
    }
    case 'bigint':
      return { found: true, value: Number(vm.getBigInt(handle)) };
    case 'symbol':
      return { found: true, value: {} };
    default:
      return { found: false };
  }
}
