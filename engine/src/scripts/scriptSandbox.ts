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
 * thrown away after any evaluation that hit a limit, and the limits are set again for each evaluation. A spare
 * QuickJS module is loaded ahead, so when the module itself fails, the next evaluation already runs in a new one.
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
  /** A module loaded ahead: a rebuild swaps it in at once instead of failing scripts while a new one loads. */
  private spare: QuickJSWASMModule | undefined;
  private reloading: Promise<void> | undefined;
  private disposed = false;

  private constructor(
    private module: QuickJSWASMModule | undefined,
    private readonly defaults: Required<ScriptLimits>,
  ) {}

  /** Instantiates QuickJS; `defaults` overrides {@link DEFAULT_SCRIPT_LIMITS} for every evaluation. */
  static async create(defaults: ScriptLimits = {}): Promise<ScriptSandbox> {
    const module = await newQuickJSWASMModuleFromVariant(variant);
    const sandbox = new ScriptSandbox(module, withDefaults(defaults, DEFAULT_SCRIPT_LIMITS));
    sandbox.loadModule();
    return sandbox;
  }

  /** Resolves once no module is loading: the sandbox is usable again after an internal failure, its spare ready. */
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
    this.disposed = true;
    this.recycleRuntime();
    this.module = undefined;
    this.spare = undefined;
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
    // Without a spare, evaluations answer SANDBOX_RESTARTING until the load below ends.
    this.module = this.spare;
    this.spare = undefined;
    this.loadModule();
  }

  /** Loads a module in the background: the one to use when there is none, else the spare. */
  private loadModule(): void {
    this.reloading ??= newQuickJSWASMModuleFromVariant(variant).then(
      (module) => {
        this.reloading = undefined;
        if (this.disposed) return;
        if (this.module) {
          this.spare = module;
        } else {
          this.module = module;
          this.loadModule();
        }
      },
      () => {
        this.reloading = undefined;
      },
    );
  }
}
