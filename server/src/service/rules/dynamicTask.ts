/**
 * A DYNAMIC task reads the name of the task to run from the input key named by `dynamicTaskNameParam` (§1.11);
 * when that key is missing, Conductor fails the workflow with "Cannot map a dynamic task based on the parameter
 * and input".
 */
import { objectProp, stringProp } from '../model/jsonValue';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';
import { formatMessage } from './messageFormat';

const MISSING_INPUT =
  "dynamicTaskNameParam names the input '%s', which is not a key of this task's inputParameters: Conductor fails the workflow with 'Cannot map a dynamic task based on the parameter and input'.";

/** `conductor.dynamicTask`: a warning on `dynamicTaskNameParam`. */
export const dynamicTask: Rule = {
  id: 'conductor.dynamicTask',
  kinds: ['workflow'],
  check(context) {
    for (const entry of analyzeWorkflow(context.value).tasks) {
      if (entry.type !== 'DYNAMIC') continue;
      const param = stringProp(entry.task, 'dynamicTaskNameParam');
      if (param === undefined) continue;
      if (Object.hasOwn(objectProp(entry.task, 'inputParameters') ?? {}, param)) continue;
      context.report({
        code: this.id,
        severity: 'warning',
        message: formatMessage(MISSING_INPUT, param),
        path: [...entry.path, 'dynamicTaskNameParam'],
        target: 'value',
      });
    }
  },
};
