/**
 * A real JavaScript sandbox for the engine's scripts (reference/conductor.md §4.4): QuickJS compiled to WebAssembly
 * (quickjs-emscripten), with the wasm embedded in the JavaScript so bundles need no extra file. A script sees only the
 * ECMAScript built-ins and `$`: no `process`, `require`, file system, network or console (Conductor disables console
 * too). A script that might change its context (declare, assign, call …) gets a fresh context, so nothing of it
 * reaches the next script and top-level `let`/`const` behave as in Conductor's default (no context pool). A
 * read-only script (readOnlyScript.ts: reads, literals, operators, `?:`, `if`) cannot change a context, so those
 * share one: creating a context is most of an evaluation's cost, and they are the common SWITCH expressions and
 * DO_WHILE conditions. The shared context is dropped after any failure, to be safe. The runtime is shared because
 * creating one per call costs twice as much (measured ~2.1 ms vs ~1.0 ms per call); it and the shared context are
 * thrown away after any evaluation that hit a limit, and the limits are set again for each evaluation.
 */
import type { QuickJSContext, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { newQuickJSWASMModuleFromVariant } from 'quickjs-emscripten-core';
import variant from '@jitl/quickjs-singlefile-cjs-release-sync';
import { isReadOnlyScript } from './readOnlyScript';
import { runInContext, type ConverterCache, type ScriptResult } from './sandboxRun';
import { DEFAULT_SCRIPT_LIMITS, withDefaults, type ScriptLimits } from './scriptLimits';
import { SANDBOX_RESTARTING, SANDBOX_STACK_EXHAUSTED } from './scriptMessages';

export type { ScriptFailureKind, ScriptResult } from './sandboxRun';

/** Loads the sandbox once (async: wasm instantiation); evaluations are synchronous, as the decider needs. */
export class ScriptSandbox {
  private runtime: QuickJSRuntime | undefined;
  /** The context read-only scripts share; only ever touched by them and by the sandbox binding `$`. */
  private shared: QuickJSContext | undefined;
  /** The shared context's result converter, compiled once (sandboxRun.ts); it goes with the context. */
  private sharedConverter: ConverterCache = {};
  private reloading: Promise<void> | undefined;

  private constructor(
    private module: QuickJSWASMModule | undefined,
    private readonly defaults: Required<ScriptLimits>,
  ) {}

  /** Instantiates QuickJS; `defaults` overrides {@link DEFAULT_SCRIPT_LIMITS} for every evaluation. */
  static async create(defaults: ScriptLimits = {}): Promise<ScriptSandbox> {
    const module = await newQuickJSWASMModuleFromVariant(variant);
    return new ScriptSandbox(module, withDefaults(defaults, DEFAULT_SCRIPT_LIMITS));
  }

  /** Resolves once the sandbox is usable again after an internal failure (at once when it is healthy). */
  async ready(): Promise<void> {
    await this.reloading;
  }

  /** Runs `script` with `$` bound to a copy of `input` and returns its converted completion value. */
  evaluate(script: string, input: unknown, limits: ScriptLimits = {}): ScriptResult {
    const effective = withDefaults(limits, this.defaults);
    try {
      const runtime = this.prepareRuntime(effective);
      if (!runtime) return { ok: false, kind: 'sandbox', reason: SANDBOX_RESTARTING };
      const readOnly = isReadOnlyScript(script);
      const context = readOnly ? (this.shared ??= runtime.newContext()) : runtime.newContext();
      const result = runInContext(context, script, input, effective, readOnly ? this.sharedConverter : undefined);
      // Drops the input so it is neither kept alive nor seen by anything but the next binding of `$`.
      if (readOnly && result.ok) context.setProp(context.global, '$', context.undefined);
      else if (readOnly) this.dropShared();
      else context.dispose();
      if (!result.ok && result.kind !== 'error') this.recycleRuntime();
      return result;
    } catch (error) {
      // A failure of the wasm module itself (not of the script): rebuild everything, keep the host running.
      this.rebuild();
      // Node's stack ran out inside QuickJS (its parser and JSON.parse recurse without checking): the same script
      // and input would do it again, so this is the script's failure, not one to retry.
      if (error instanceof RangeError) return { ok: false, kind: 'error', reason: SANDBOX_STACK_EXHAUSTED };
      return { ok: false, kind: 'sandbox', reason: SANDBOX_RESTARTING };
    }
  }

  /** Frees the runtime; the sandbox must not be used afterwards. */
  dispose(): void {
    this.recycleRuntime();
    this.module = undefined;
  }

  private prepareRuntime(limits: Required<ScriptLimits>): QuickJSRuntime | undefined {
    if (!this.module) return undefined;
    this.runtime ??= this.module.newRuntime();
    this.runtime.setMemoryLimit(limits.memoryBytes);
    this.runtime.setMaxStackSize(limits.stackBytes);
    const deadline = Date.now() + limits.timeoutMs;
    this.runtime.setInterruptHandler(() => Date.now() > deadline);
    return this.runtime;
  }

  /** Frees the shared context, its converter first: QuickJS aborts when a context goes with a handle still alive. */
  private dropShared(): void {
    const { shared, sharedConverter } = this;
    this.shared = undefined;
    this.sharedConverter = {};
    if (sharedConverter.convert?.alive) sharedConverter.convert.dispose();
    shared?.dispose();
  }

  private recycleRuntime(): void {
    const { runtime } = this;
    this.runtime = undefined;
    try {
      this.dropShared();
      runtime?.dispose();
    } catch {
      // QuickJS asserts when an interrupted script leaked objects; the module is unusable after that.
      this.rebuild();
    }
  }

  private rebuild(): void {
    // The old module is dropped whole, so its handles need no disposing.
    this.runtime = undefined;
    this.shared = undefined;
    this.sharedConverter = {};
    this.module = undefined;
    this.reloading ??= newQuickJSWASMModuleFromVariant(variant).then(
      (module) => {
        this.module = module;
        this.reloading = undefined;
      },
      () => {
        this.reloading = undefined;
      },
    );
  }
}
