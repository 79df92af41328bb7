/**
 * FORK_JOIN_DYNAMIC parameter combinations (§2.3, §5.7): `inputParameters.forkTaskInputs` (the simple style), or the
 * legacy `dynamicForkJoinTasksParam`, or both `dynamicForkTasksParam` and `dynamicForkTasksInputParamName`, never
 * the legacy one together with the others. The named parameters must be input keys, because the task reads them
 * from its resolved input.
 */
import { hasValue, objectProp, stringProp } from '../model/jsonValue';
import type { TaskEntry } from '../model/taskWalker';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule, RuleContext } from '../types';
import { formatMessage } from './messageFormat';

/** Conductor's messages (§2.3); "cam" is Conductor's spelling. */
const BOTH_STYLES =
  'dynamicForkJoinTasksParam or combination of dynamicForkTasksInputParamName and dynamicForkTasksParam cam be used for taskType: FORK_JOIN_DYNAMIC taskName: %s';
const REQUIRED = '%s field is required for taskType: FORK_JOIN_DYNAMIC taskName: %s';
const NOT_AN_INPUT =
  "%s names the input '%s', which is not a key of this task's inputParameters: the fork finds no tasks there and fails.";

const PARAMS = ['dynamicForkTasksParam', 'dynamicForkTasksInputParamName'] as const;

/** `conductor.forkJoinDynamic`: errors with Conductor's messages, warnings for parameters naming missing inputs. */
export const forkJoinDynamic: Rule = {
  id: 'conductor.forkJoinDynamic',
  kinds: ['workflow'],
  check(context) {
    for (const entry of analyzeWorkflow(context.value).tasks) {
      if (entry.type === 'FORK_JOIN_DYNAMIC') checkTask(this.id, context, entry);
    }
  },
};

function checkTask(code: string, context: RuleContext, entry: TaskEntry): void {
  const { task, path } = entry;
  const name = entry.name ?? '';
  const input = objectProp(task, 'inputParameters');
  const legacy = hasValue(task, 'dynamicForkJoinTasksParam');
  if (legacy && PARAMS.some((param) => hasValue(task, param))) {
    const message = formatMessage(BOTH_STYLES, name);
    context.report({ code, severity: 'error', message, path: [...path, 'dynamicForkJoinTasksParam'], target: 'key' });
    return;
  }
  // forkTaskInputs (accepted since v3.22.0-beta) and the legacy parameter need nothing else.
  if (legacy || hasValue(input, 'forkTaskInputs')) return;
  for (const param of PARAMS) {
    const value = stringProp(task, param);
    if (!hasValue(task, param)) {
      const message = formatMessage(REQUIRED, param, name);
      context.report({ code, severity: 'error', message, path: [...path, 'type'], target: 'value' });
    } else if (value !== undefined && !hasValue(input, value)) {
      const message = formatMessage(NOT_AN_INPUT, param, value);
      context.report({ code, severity: 'warning', message, path: [...path, param], target: 'value' });
    }
  }
}
