/**
 * SWITCH semantics the schema cannot express (§5.6): a `value-param` expression is the *name* of an input key, and
 * an empty case list is taken as "run nothing" (SWITCH does not fall back to defaultCase for it).
 */
import { arrayProp, objectProp, stringProp } from '../model/jsonValue';
import type { TaskEntry } from '../model/taskWalker';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule, RuleContext } from '../types';
import { formatMessage } from './messageFormat';

const NOT_AN_INPUT_KEY =
  "value-param reads the input key named by expression, and '%s' is not a key of this task's inputParameters: the SWITCH always sees 'null' and takes defaultCase.";
const LOOKS_LIKE_SCRIPT =
  "value-param reads the input key named by expression, and '%s' is not a key of this task's inputParameters. It looks like JavaScript: set evaluatorType to javascript or graaljs.";
const EMPTY_CASE =
  "Case '%s' has no tasks: when it matches, the SWITCH runs nothing (Conductor does not fall back to defaultCase for an empty case).";

/** `conductor.switchCases`: value-param key warnings and empty-case information. */
export const switchCases: Rule = {
  id: 'conductor.switchCases',
  kinds: ['workflow'],
  check(context) {
    for (const entry of analyzeWorkflow(context.value).tasks) {
      if (entry.type !== 'SWITCH') continue;
      checkValueParam(this.id, context, entry);
      checkEmptyCases(this.id, context, entry);
    }
  },
};

function checkValueParam(code: string, context: RuleContext, entry: TaskEntry): void {
  const expression = stringProp(entry.task, 'expression');
  if (stringProp(entry.task, 'evaluatorType') !== 'value-param' || expression === undefined) return;
  const input = objectProp(entry.task, 'inputParameters') ?? {};
  if (Object.hasOwn(input, expression)) return;
  const template = /[$().=<>!?&|\s]/.test(expression) ? LOOKS_LIKE_SCRIPT : NOT_AN_INPUT_KEY;
  context.report({
    code,
    severity: 'warning',
    message: formatMessage(template, expression),
    path: [...entry.path, 'expression'],
    target: 'value',
  });
}

function checkEmptyCases(code: string, context: RuleContext, entry: TaskEntry): void {
  const cases = objectProp(entry.task, 'decisionCases') ?? {};
  for (const key of Object.keys(cases)) {
    const list = arrayProp(cases, key);
    if (!list || list.length > 0) continue;
    context.report({
      code,
      severity: 'information',
      message: formatMessage(EMPTY_CASE, key),
      path: [...entry.path, 'decisionCases', key],
      target: 'key',
    });
  }
}
