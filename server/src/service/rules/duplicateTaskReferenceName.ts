/**
 * `taskReferenceName` must be unique across the whole definition, at every nesting level (decisionCases,
 * defaultCase, forkTasks, loopOver), as Conductor's `TaskReferenceNameUniqueConstraint` checks (§2.3).
 */
import { isObject, stringProp } from '../model/jsonValue';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';
import { formatMessage } from './messageFormat';

/** Conductor's message (§2.3), with the reference name and the workflow name. */
const DUPLICATE = 'taskReferenceName: %s should be unique across tasks for a given workflowDefinition: %s';

/** `conductor.duplicateTaskReferenceName`: an error on every occurrence of a duplicated reference name. */
export const duplicateTaskReferenceName: Rule = {
  id: 'conductor.duplicateTaskReferenceName',
  kinds: ['workflow'],
  check(context) {
    const { tasks, scope } = analyzeWorkflow(context.value);
    // The scope table found the duplicates while it was built; the usual case has none at all.
    const duplicated = scope.duplicated;
    if (duplicated.size === 0) return;
    const workflowName = isObject(context.value) ? (stringProp(context.value, 'name') ?? '') : '';
    for (const entry of tasks) {
      // An empty name is reported by the schema, not as a duplicate.
      if (entry.ref === undefined || entry.ref === '' || !duplicated.has(entry.ref)) continue;
      context.report({
        code: this.id,
        severity: 'error',
        message: formatMessage(DUPLICATE, entry.ref, workflowName),
        path: [...entry.path, 'taskReferenceName'],
        target: 'value',
      });
    }
  },
};
