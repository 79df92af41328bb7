/**
 * A conservative pre-filter for expression rules: an expression that passes it is fine for every expression
 * rule (valid root and field, reachable task, declared workflow input), so the analysis need not keep it. A large
 * workflow holds ~10k expressions and nearly all are fine; keeping only the rest keeps validation fast.
 * Keep it in step with the rules: it may let through more than they report, never less.
 */
import { TASK_FIELDS, WORKFLOW_FIELDS, WORKFLOW_ROOT } from './expressionContext';
import type { PathSegment } from './expressionPath';
import { arrayProp, isObject, objectProp } from './jsonValue';
import type { TaskScope } from './taskScope';
import type { TaskEntry } from './taskWalker';

/** True when a well-formed expression (closed, compilable, not nested) needs no rule's attention. */
export type ExpressionScreen = (segments: readonly PathSegment[], task: TaskEntry | undefined) => boolean;

const WORKFLOW_FIELD_SET: ReadonlySet<string> = new Set(WORKFLOW_FIELDS);
const TASK_FIELD_SET: ReadonlySet<string> = new Set(TASK_FIELDS);

/** Builds the screen for one workflow from its scope table and declared inputs. */
export function createExpressionScreen(workflow: unknown, scope: TaskScope): ExpressionScreen {
  const declared = declaredInputs(workflow);
  return (segments, task) => {
    // Indexed reads: destructuring would go through the array iterator on this hot path.
    const root = segments[0];
    const field = segments[1];
    const third = segments[2];
    if (!root) return false;
    if (root.name === WORKFLOW_ROOT) {
      if (!field) return true;
      if (!WORKFLOW_FIELD_SET.has(field.name)) return false;
      return field.name !== 'input' || !third || declared === undefined || declared.has(third.name);
    }
    const target = scope.byRef.get(root.name);
    if (!target || (field && !TASK_FIELD_SET.has(field.name))) return false;
    return scope.reachability(target, task) === 'before';
  };
}

/** Listed inputs plus inputTemplate keys; undefined when inputParameters is empty (nothing to check against). */
function declaredInputs(workflow: unknown): ReadonlySet<string> | undefined {
  if (!isObject(workflow)) return undefined;
  const names = (arrayProp(workflow, 'inputParameters') ?? []).filter(
    (name): name is string => typeof name === 'string',
  );
  if (names.length === 0) return undefined;
  return new Set([...names, ...Object.keys(objectProp(workflow, 'inputTemplate') ?? {})]);
}
