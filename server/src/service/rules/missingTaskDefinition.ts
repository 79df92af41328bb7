/**
 * SIMPLE tasks whose name has no task definition. Registration accepts them since v3.9.0, and at start Conductor
 * uses an ad-hoc definition with every default (§0.3, §2.5): 3 retries, 60 s FIXED delay, responseTimeoutSeconds
 * 3600, timeoutPolicy TIME_OUT_WF. Needs the cross-file index; skipped without it. When the editor knows what is
 * registered on its active server, that is what counts (the server runs the task, not the workspace), and the
 * finding has its own code, `conductor.taskDefinitionNotRegistered`, naming the profile.
 */
import { isDynamic, isObject } from '../model/jsonValue';
import type { JsonObject } from '../model/jsonValue';
import { analyzeWorkflow } from '../model/workflowModel';
import { registeredOf } from '../registeredDefinitions';
import type { Rule } from '../types';
import { formatMessage } from './messageFormat';

const NO_DEFINITION =
  "No task definition '%s' in %s: Conductor runs this task with defaults (3 retries, 60 s FIXED retry delay, responseTimeoutSeconds 3600, timeoutPolicy TIME_OUT_WF). Register a task definition to choose them.";

/** The code of the finding against the active server's registrations. */
export const NOT_REGISTERED_CODE = 'conductor.taskDefinitionNotRegistered';

const NOT_REGISTERED =
  'Task definition \'%s\' is not registered on server "%s": Conductor runs this task there with defaults (3 retries, 60 s FIXED retry delay, responseTimeoutSeconds 3600, timeoutPolicy TIME_OUT_WF). Register %s to choose them.';

/**
 * `conductor.missingTaskDefinition`: a warning on the task's `name`, with `data.taskName` for the quick fix that
 * creates the file (only when the workspace has none).
 */
export const missingTaskDefinition: Rule = {
  id: 'conductor.missingTaskDefinition',
  kinds: ['workflow'],
  check(context) {
    const index = context.index;
    if (!index) return;
    const registered = registeredOf(index);
    for (const entry of analyzeWorkflow(context.value).tasks) {
      const name = entry.name;
      if (entry.type !== 'SIMPLE' || !name || hasInlineDefinition(entry.task) || isDynamic(name)) continue;
      const local = index.getTaskDef(name);
      if (registered ? registered.hasTaskDef(name) : local) continue;
      // Built only for a finding: the task's path is assembled lazily and most tasks report nothing.
      const path = [...entry.path, 'name'];
      const data = local ? undefined : { taskName: name };
      if (registered) {
        const what = local ? 'its task definition file' : 'a task definition';
        const message = formatMessage(NOT_REGISTERED, name, registered.profile, what);
        context.report({ code: NOT_REGISTERED_CODE, severity: 'warning', message, path, target: 'value', data });
      } else {
        const message = formatMessage(NO_DEFINITION, name, index.describe());
        context.report({ code: this.id, severity: 'warning', message, path, target: 'value', data });
      }
    }
  },
};

/** An inline taskDefinition replaces the registered one (§1.3); the presence test comes first because it is cheap. */
function hasInlineDefinition(task: JsonObject): boolean {
  return task.taskDefinition !== undefined && isObject(task.taskDefinition);
}
