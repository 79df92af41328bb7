/**
 * The per-document analysis every workflow rule shares: tasks, the scope table and the expressions, computed once
 * per parsed value (cached on the value object, so a new parse gets a new analysis).
 */
import { collectExpressionUses } from './expressionUses';
import type { ExpressionUse } from './expressionUses';
import { buildTaskScope } from './taskScope';
import type { TaskScope } from './taskScope';
import { walkTasks } from './taskWalker';
import type { TaskEntry } from './taskWalker';

/** Everything the rules need to know about one workflow definition. */
export interface WorkflowModel {
  readonly tasks: readonly TaskEntry[];
  readonly scope: TaskScope;
  readonly expressions: readonly ExpressionUse[];
}

const cache = new WeakMap<object, WorkflowModel>();

/** The analysis of a parsed workflow value; any JSON value is accepted (non-objects give an empty model). */
export function analyzeWorkflow(value: unknown): WorkflowModel {
  const cached = typeof value === 'object' && value !== null ? cache.get(value) : undefined;
  if (cached) return cached;
  const tasks = walkTasks(value);
  const model: WorkflowModel = {
    tasks,
    scope: buildTaskScope(tasks),
    expressions: collectExpressionUses(value, tasks),
  };
  if (typeof value === 'object' && value !== null) cache.set(value, model);
  return model;
}
