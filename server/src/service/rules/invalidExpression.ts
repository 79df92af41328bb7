/**
 * Malformed `${…}` expressions: unclosed, empty, or a JSONPath Jayway would not compile (including a space outside
 * brackets, `pathSpaces.ts`). Conductor rejects these at registration in top-level inputParameters (§2.4) and
 * leaves them unresolved or null elsewhere.
 */
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';
import { formatMessage } from './messageFormat';
import { SPACE_IN_PATH, hasPathSpace } from './pathSpaces';

/** Conductor's message (§2.4): the input parameter key and the expression body. */
const NOT_VALID = 'key: %s input parameter value: %s is not valid';
/** Elsewhere Conductor registers the definition, so its registration message would be wrong there. */
const NOT_RESOLVED =
  "Malformed expression '%s' (%s): Conductor checks expressions only in top-level tasks' inputParameters, so this registers, but it does not resolve to a value at runtime.";

/** `conductor.invalidExpression`: an error on the malformed expression inside the string. */
export const invalidExpression: Rule = {
  id: 'conductor.invalidExpression',
  kinds: ['workflow'],
  check(context) {
    for (const use of analyzeWorkflow(context.value).expressions) {
      const spaced = hasPathSpace(use);
      if (use.closed && use.error === undefined && !spaced) continue;
      const reason = spaced ? SPACE_IN_PATH : use.closed ? (use.error ?? '') : 'unclosed ${';
      const text = use.value.slice(use.start, use.start + use.length);
      context.report({
        code: this.id,
        severity: 'error',
        message: use.registrationChecked
          ? formatMessage(NOT_VALID, use.key, use.body)
          : formatMessage(NOT_RESOLVED, text, reason),
        path: use.path,
        target: 'value',
        span: { start: use.start, length: use.length },
        data: { reason },
      });
    }
  },
};
