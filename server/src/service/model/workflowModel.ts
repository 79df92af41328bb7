/**
 * The per-document analysis every workflow rule shares: tasks, the scope table, the expressions and (on first
 * use) the scripts, computed once per parsed value (a new parse gets a new analysis).
 */
import { createExpressionScreen } from './expressionScreen';
import { collectExpressionUses } from './expressionUses';
import type { ExpressionUse } from './expressionUse';
import { analyzeScript, clearScriptCache } from './scriptAnalysis';
import type { ScriptAnalysis } from './scriptAnalysis';
import { beginScreenMemo, clearScreenMemo } from './screenMemo';
import { collectScriptSites } from './scriptSites';
import type { ScriptSite } from './scriptSites';
import { buildTaskScope } from './taskScope';
import type { TaskScope } from './taskScope';
import { walkTasks } from './taskWalker';
import type { TaskEntry } from './taskWalker';

/** A script of the workflow with its parse result. */
export interface AnalyzedScript extends ScriptSite {
  readonly analysis: ScriptAnalysis;
}

/** Everything the rules need to know about one workflow definition. */
export interface WorkflowModel {
  readonly tasks: readonly TaskEntry[];
  readonly scope: TaskScope;
  /**
   * The expressions that may need a rule's attention: every malformed, nested, unknown, unreachable or undeclared
   * one. Plainly fine expressions are screened out (`expressionScreen.ts`); scan strings directly for all of them.
   */
  readonly expressions: readonly ExpressionUse[];
  /** Every JavaScript expression of the workflow, parsed once (§4.4). */
  readonly scripts: readonly AnalyzedScript[];
}

class Model implements WorkflowModel {
  private analyzedScripts: AnalyzedScript[] | undefined;

  constructor(
    readonly tasks: readonly TaskEntry[],
    readonly scope: TaskScope,
    readonly expressions: readonly ExpressionUse[],
  ) {}

  get scripts(): readonly AnalyzedScript[] {
    this.analyzedScripts ??= collectScriptSites(this.tasks).map((site) => ({
      ...site,
      analysis: analyzeScript(site.source, site.allowReturn),
    }));
    return this.analyzedScripts;
  }
}

/**
 * The last analysis. Every rule of one validation asks for the same value in a row, so one slot is enough; a
 * WeakMap would keep every analysis alive as long as its value and make each garbage collection trace them.
 */
let last: { readonly value: unknown; readonly model: WorkflowModel } | undefined;

/** The analysis of a parsed workflow value; any JSON value is accepted (non-objects give an empty model). */
export function analyzeWorkflow(value: unknown): WorkflowModel {
  const cached = last;
  if (cached && cached.value === value && typeof value === 'object' && value !== null) return cached.model;
  const tasks = walkTasks(value);
  const scope = buildTaskScope(tasks);
  const screen = createExpressionScreen(value, scope);
  const model = new Model(tasks, scope, collectExpressionUses(value, tasks, screen, beginScreenMemo(value, tasks)));
  last = { value, model };
  return model;
}

/**
 * Forgets the last analysis and every cache kept across versions (screen memo, script parses), so the next
 * analysis runs as on a document never seen. For benchmarks of cold validation; the server never needs it.
 */
export function forgetAnalyses(): void {
  last = undefined;
  clearScreenMemo();
  clearScriptCache();
}
