/**
 * `taskReferenceName` must be unique across the whole definition, at every nesting level (decisionCases,
 * defaultCase, forkTasks, loopOver), as Conductor's `TaskReferenceNameUniqueConstraint` checks (§2.3).
 */
import { isObject, stringProp } from '../model/jsonValue';
import { analyzeWorkflow } from '../model/workflowModel';
import type { TaskEntry } from '../model/taskWalker';
import type { Rule } from '../types';
import { formatMessage } from './messageFormat';

/** Conductor's message (§2.3), with the reference name and the workflow name. */
const DUPLICATE = 'taskReferenceName: %s should be unique across tasks for a given workflowDefinition: %s';

/** `conductor.duplicateTaskReferenceName`: an error on every occurrence of a duplicated reference name. */
export const duplicateTaskReferenceName: Rule = {
  id: 'conductor.duplicateTaskReferenceName',
  kinds: ['workflow'],
  check(context) {
    const byRef = new Map<string, TaskEntry[]>();
    for (const entry of analyzeWorkflow(context.value).tasks) {
      if (entry.ref === undefined || entry.ref === '') continue;
      const group = byRef.get(entry.ref);
      if (group) group.push(entry);
      else byRef.set(entry.ref, [entry]);
    }
    const workflowName = isObject(context.value) ? (stringProp(context.value, 'name') ?? '') : '';
    for (const [ref, group] of byRef) {
      if (group.length < 2) continue;
      for (const entry of group) {
        context.report({
          code: this.id,
          severity: 'error',
          message: formatMessage(DUPLICATE, ref, workflowName),
          path: [...entry.path, 'taskReferenceName'],
          target: 'value',
        });
      }
    }
  },
};
