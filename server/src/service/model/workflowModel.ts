/**
 * The per-document analysis every workflow rule shares: tasks, the scope table, the expressions and (on first
 * use) the scripts, computed once per parsed value (cached on the value object, so a new parse gets a new analysis).
 */
import { collectExpressionUses } from './expressionUses';
import type { ExpressionUse } from './expressionUses';
import { analyzeScript } from './scriptAnalysis';
import type { ScriptAnalysis } from './scriptAnalysis';
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

const cache = new WeakMap<object, WorkflowModel>();

/** The analysis of a parsed workflow value; any JSON value is accepted (non-objects give an empty model). */
export function analyzeWorkflow(value: unknown): WorkflowModel {
  const cached = typeof value === 'object' && value !== null ? cache.get(value) : undefined;
  if (cached) return cached;
  const tasks = walkTasks(value);
  const model = new Model(tasks, buildTaskScope(tasks), collectExpressionUses(value, tasks));
  if (typeof value === 'object' && value !== null) cache.set(value, model);
  return model;
}
