/**
 * Event handler actions (§1.9). Each action reads the parameters object named after it; OSS Conductor's
 * `SimpleActionProcessor` implements only start_workflow, complete_task, fail_task and start_agent, and throws
 * "Action not supported" for the others. `active` defaults to false, so a handler without it never runs.
 */
import { arrayProp, isObject, objectProp, stringProp } from '../model/jsonValue';
import type { JsonObject } from '../model/jsonValue';
import type { Finding, Rule } from '../types';
import { formatMessage } from './messageFormat';

const UNSUPPORTED =
  "Action '%s' is not supported by OSS Conductor: every matching event fails with 'Action not supported'. Use start_workflow, complete_task or fail_task.";
const MISSING_PARAMS = "Action '%s' needs its parameters in '%s': without them the action fails for every event.";
const MISSING_WORKFLOW_NAME = "start_workflow needs 'name': the workflow to start.";
const MISSING_TASK_TARGET = "%s needs 'workflowId' and 'taskRefName', or 'taskId', to find the task to update.";
const INACTIVE =
  'This handler is inactive: `active` defaults to false, so Conductor ignores its events. Add "active": true to enable it.';

const UNSUPPORTED_ACTIONS: ReadonlySet<string> = new Set(['terminate_workflow', 'update_workflow_variables']);
/** Names the schema accepts; anything else is the schema's enum error, not ours to repeat. */
const KNOWN_ACTIONS: ReadonlySet<string> = new Set([
  'start_workflow',
  'complete_task',
  'fail_task',
  'terminate_workflow',
  'update_workflow_variables',
  'start_agent',
]);

/** `conductor.eventHandlerAction`: warnings on unusable actions, a hint when the handler is inactive by default. */
export const eventHandlerAction: Rule = {
  id: 'conductor.eventHandlerAction',
  kinds: ['event'],
  check(context) {
    if (!isObject(context.value)) return;
    const report = (finding: Omit<Finding, 'code'>): void => context.report({ ...finding, code: this.id });
    arrayProp(context.value, 'actions')?.forEach((action, i) => {
      if (isObject(action)) checkAction(action, ['actions', i], report);
    });
    if (context.value.active === undefined && isObject(context.value)) {
      const path = stringProp(context.value, 'name') === undefined ? ['actions'] : ['name'];
      report({ severity: 'hint', message: INACTIVE, path, target: 'key' });
    }
  },
};

function checkAction(
  action: JsonObject,
  path: (string | number)[],
  report: (finding: Omit<Finding, 'code'>) => void,
): void {
  const name = stringProp(action, 'action');
  if (name === undefined || !KNOWN_ACTIONS.has(name)) return;
  if (UNSUPPORTED_ACTIONS.has(name)) {
    report({
      severity: 'warning',
      message: formatMessage(UNSUPPORTED, name),
      path: [...path, 'action'],
      target: 'value',
    });
    return;
  }
  const params = objectProp(action, name);
  if (!params) {
    report({
      severity: 'warning',
      message: formatMessage(MISSING_PARAMS, name, name),
      path: [...path, 'action'],
      target: 'value',
    });
    return;
  }
  if (name === 'start_workflow' && stringProp(params, 'name') === undefined) {
    report({ severity: 'warning', message: MISSING_WORKFLOW_NAME, path: [...path, name], target: 'key' });
  }
  const byRef = params.workflowId !== undefined && params.taskRefName !== undefined;
  if ((name === 'complete_task' || name === 'fail_task') && !byRef && params.taskId === undefined) {
    report({
      severity: 'warning',
      message: formatMessage(MISSING_TASK_TARGET, name),
      path: [...path, name],
      target: 'key',
    });
  }
}
