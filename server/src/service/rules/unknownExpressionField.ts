/**
 * The segment after the root must be a field the runtime context has: `workflow.input`, `workflow.variables`, …,
 * or `<ref>.output`, `<ref>.input`, `<ref>.status`, … (§4.1). Anything else resolves to null.
 */
import { suggest } from '../didYouMean';
import { TASK_FIELDS, WORKFLOW_FIELDS, WORKFLOW_ROOT } from '../model/expressionContext';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';
import { formatMessage, withSuggestion } from './messageFormat';
import { isMalformed } from './pathSpaces';

const NOT_A_WORKFLOW_FIELD =
  "'%s' is not a field of the workflow context (input, output, variables, workflowId, correlationId, …): the expression resolves to null.";
const NOT_A_TASK_FIELD =
  "'%s' is not a field of task '%s' (input, output, status, taskId, …): the expression resolves to null.";

/** `conductor.unknownExpressionField`: an error on the unknown second segment, with a suggestion. */
export const unknownExpressionField: Rule = {
  id: 'conductor.unknownExpressionField',
  kinds: ['workflow'],
  check(context) {
    const model = analyzeWorkflow(context.value);
    for (const use of model.expressions) {
      const [root, field] = use.segments;
      if (!root || !field || isMalformed(use)) continue;
      const isWorkflow = root.name === WORKFLOW_ROOT;
      if (!isWorkflow && !model.scope.byRef.has(root.name)) continue;
      const fields = isWorkflow ? WORKFLOW_FIELDS : TASK_FIELDS;
      if (fields.includes(field.name)) continue;
      const suggestion = suggest(field.name, fields);
      const message = isWorkflow
        ? formatMessage(NOT_A_WORKFLOW_FIELD, field.name)
        : formatMessage(NOT_A_TASK_FIELD, field.name, root.name);
      context.report({
        code: this.id,
        severity: 'error',
        message: withSuggestion(message, suggestion),
        path: use.path,
        target: 'value',
        span: { start: use.bodyStart + field.start, length: field.length },
        ...(suggestion === undefined ? {} : { data: { suggestion } }),
      });
    }
  },
};
