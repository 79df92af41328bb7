/**
 * `${workflow.input.x}` where `x` is not listed in the workflow's `inputParameters`. The list is documentation only
 * (§1.2), so this is a hint, and only when the list is non-empty: an author who lists inputs means the list to be
 * complete, while an empty list just means "not documented". Keys of `inputTemplate` (default inputs, §4.3) count.
 */
import { arrayProp, isObject, objectProp } from '../model/jsonValue';
import { suggest } from '../didYouMean';
import { WORKFLOW_ROOT } from '../model/expressionContext';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';
import { formatMessage, withSuggestion } from './messageFormat';

const UNDECLARED =
  "Workflow input '%s' is not listed in the workflow's inputParameters; if callers do not pass it, it resolves to null.";

/** `conductor.undeclaredWorkflowInput`: a hint on the input name, with a suggestion and `data.input`. */
export const undeclaredWorkflowInput: Rule = {
  id: 'conductor.undeclaredWorkflowInput',
  kinds: ['workflow'],
  check(context) {
    if (!isObject(context.value)) return;
    const declared = new Set<string>();
    for (const name of arrayProp(context.value, 'inputParameters') ?? [])
      if (typeof name === 'string') declared.add(name);
    if (declared.size === 0) return;
    for (const key of Object.keys(objectProp(context.value, 'inputTemplate') ?? {})) declared.add(key);
    for (const use of analyzeWorkflow(context.value).expressions) {
      const [root, field, input] = use.segments;
      if (root?.name !== WORKFLOW_ROOT || field?.name !== 'input' || !input || declared.has(input.name)) continue;
      const suggestion = suggest(input.name, declared);
      context.report({
        code: this.id,
        severity: 'hint',
        message: withSuggestion(formatMessage(UNDECLARED, input.name), suggestion),
        path: use.path,
        target: 'value',
        span: { start: use.bodyStart + input.start, length: input.length },
        data: { input: input.name, ...(suggestion === undefined ? {} : { suggestion }) },
      });
    }
  },
};
