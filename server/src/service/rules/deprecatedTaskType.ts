/**
 * DECISION and LAMBDA are `@Deprecated` in Conductor (§1.10); SWITCH and INLINE replace them.
 */
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';

const REPLACEMENTS: Readonly<Record<string, { message: string; suggestion: string }>> = {
  DECISION: {
    message:
      'DECISION is deprecated: use SWITCH with evaluatorType value-param (caseValueParam) or javascript (caseExpression).',
    suggestion: 'SWITCH',
  },
  LAMBDA: {
    message:
      'LAMBDA is deprecated: use INLINE with evaluatorType graaljs and the script in inputParameters.expression.',
    suggestion: 'INLINE',
  },
};

/** `conductor.deprecatedTaskType`: a hint tagged deprecated on the `type` value. */
export const deprecatedTaskType: Rule = {
  id: 'conductor.deprecatedTaskType',
  kinds: ['workflow'],
  check(context) {
    for (const entry of analyzeWorkflow(context.value).tasks) {
      const replacement = REPLACEMENTS[entry.type];
      if (!replacement) continue;
      context.report({
        code: this.id,
        severity: 'hint',
        message: replacement.message,
        path: [...entry.path, 'type'],
        target: 'value',
        tags: ['deprecated'],
        data: { suggestion: replacement.suggestion },
      });
    }
  },
};
