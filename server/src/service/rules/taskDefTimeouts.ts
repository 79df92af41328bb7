/**
 * Timeout relations of a task definition, as Conductor's `TaskTimeoutConstraint` checks them (§2.3):
 * responseTimeoutSeconds ≤ timeoutSeconds, and timeoutSeconds ≤ totalTimeoutSeconds, each only when the larger one
 * is set (> 0). Defaults apply (§1.5): responseTimeoutSeconds 3600, the others 0. Also applied to an inline
 * `taskDefinition` in a workflow, which Conductor does not validate at registration (§1.3), hence a warning there.
 */
import { isObject, stringProp } from '../model/jsonValue';
import type { JsonObject } from '../model/jsonValue';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Finding, JsonPath, Rule } from '../types';
import { formatMessage } from './messageFormat';

/** Conductor's messages (§2.3). */
const RESPONSE_OVER_TIMEOUT = 'TaskDef: %s responseTimeoutSeconds: %d must be less than timeoutSeconds: %d';
const TIMEOUT_OVER_TOTAL = 'TaskDef: %s timeoutSeconds: %d must be less than or equal to totalTimeoutSeconds: %d';

/** `conductor.taskDefTimeouts`: errors in task definition files, warnings on inline definitions. */
export const taskDefTimeouts: Rule = {
  id: 'conductor.taskDefTimeouts',
  kinds: ['taskdef', 'workflow'],
  check(context) {
    const report = (finding: Omit<Finding, 'code'>): void => context.report({ ...finding, code: this.id });
    if (context.kind === 'taskdef') {
      const defs = Array.isArray(context.value) ? context.value : [context.value];
      defs.forEach((def, i) => {
        if (isObject(def)) checkDef(def, Array.isArray(context.value) ? [i] : [], 'error', report);
      });
      return;
    }
    for (const entry of analyzeWorkflow(context.value).tasks) {
      const inline = entry.task.taskDefinition;
      if (inline !== undefined && isObject(inline))
        checkDef(inline, [...entry.path, 'taskDefinition'], 'warning', report);
    }
  },
};

function checkDef(
  def: JsonObject,
  path: JsonPath,
  severity: Finding['severity'],
  report: (finding: Omit<Finding, 'code'>) => void,
): void {
  const name = stringProp(def, 'name') ?? '';
  const timeout = numberOr(def.timeoutSeconds, 0);
  const response = numberOr(def.responseTimeoutSeconds, 3600);
  const total = numberOr(def.totalTimeoutSeconds, 0);
  if (timeout > 0 && response > timeout) {
    // Without an explicit responseTimeoutSeconds the default 3600 is what conflicts: point at timeoutSeconds.
    const key = def.responseTimeoutSeconds === undefined ? 'timeoutSeconds' : 'responseTimeoutSeconds';
    const message = formatMessage(RESPONSE_OVER_TIMEOUT, name, response, timeout);
    report({ severity, message, path: [...path, key], target: 'value' });
  }
  if (timeout > 0 && total > 0 && timeout > total) {
    const message = formatMessage(TIMEOUT_OVER_TOTAL, name, timeout, total);
    report({ severity, message, path: [...path, 'timeoutSeconds'], target: 'value' });
  }
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
