/**
 * SIMPLE tasks whose name has no task definition. Registration accepts them since v3.9.0, and at start Conductor
 * uses an ad-hoc definition with every default (§0.3, §2.5): 3 retries, 60 s FIXED delay, responseTimeoutSeconds
 * 3600, timeoutPolicy TIME_OUT_WF. Needs the cross-file index; skipped without it.
 */
import { isDynamic, isObject } from '../model/jsonValue';
import type { JsonObject } from '../model/jsonValue';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';
import { formatMessage } from './messageFormat';

const NO_DEFINITION =
  "No task definition '%s' in %s: Conductor runs this task with defaults (3 retries, 60 s FIXED retry delay, responseTimeoutSeconds 3600, timeoutPolicy TIME_OUT_WF). Register a task definition to choose them.";

/** `conductor.missingTaskDefinition`: a warning on the task's `name`, with `data.taskName` for a quick fix. */
export const missingTaskDefinition: Rule = {
  id: 'conductor.missingTaskDefinition',
  kinds: ['workflow'],
  check(context) {
    const index = context.index;
    if (!index) return;
    for (const entry of analyzeWorkflow(context.value).tasks) {
      const name = entry.name;
      if (entry.type !== 'SIMPLE' || !name || hasInlineDefinition(entry.task) || isDynamic(name)) continue;
      if (index.getTaskDef(name)) continue;
      context.report({
        code: this.id,
        severity: 'warning',
        message: formatMessage(NO_DEFINITION, name, index.describe()),
        path: [...entry.path, 'name'],
        target: 'value',
        data: { taskName: name },
      });
    }
  },
};

/** An inline taskDefinition replaces the registered one (§1.3); the presence test comes first because it is cheap. */
function hasInlineDefinition(task: JsonObject): boolean {
  return task.taskDefinition !== undefined && isObject(task.taskDefinition);
}
