/**
 * The first segment of every `${…}` must be `workflow`, a task reference of this definition, or an environment
 * name (§4.1, §4.2). Conductor checks this only for top-level tasks' inputParameters (§2.4); elsewhere an unknown
 * reference silently resolves to null at runtime. That registration check takes the text before the first `.` as
 * the reference, so `${$.task.output}` or `${workflow['input']}` are refused there although JsonPath resolves them.
 */
import { suggest } from '../didYouMean';
import { ENV_NAMES, WORKFLOW_ROOT, looksLikeEnvName } from '../model/expressionContext';
import type { ExpressionUse } from '../model/expressionUse';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Finding, Rule, RuleContext } from '../types';
import { formatMessage, withSuggestion } from './messageFormat';
import { isMalformed } from './pathSpaces';

/** Conductor's registration message (§2.4); the labels "input value"/"input parameter" are swapped in Conductor. */
const NOT_DEFINED =
  'taskReferenceName: %s for given task: %s input value: %s of input parameter: %s is not defined in workflow definition.';
const NOT_A_REFERENCE =
  "'%s' is not a task reference of this workflow. Conductor does not check references here, and the expression resolves to null at runtime.";
const RAW_ROOT =
  "Conductor reads the reference as the text before the first '.', so write it plainly: ${%s.…} without a '$.' prefix or brackets.";
const MAYBE_ENV =
  "'%s' is not a task reference or workflow field. It resolves only if the Conductor server has an environment variable or system property of that name; otherwise it resolves to null.";

/** `conductor.unknownReference`: an error on the unknown root (a warning for probable environment names). */
export const unknownReference: Rule = {
  id: 'conductor.unknownReference',
  kinds: ['workflow'],
  check(context) {
    const model = analyzeWorkflow(context.value);
    const suggestFor = suggester(model.scope.byRef);
    for (const use of model.expressions) {
      const root = use.segments[0];
      if (!root || !use.closed || isMalformed(use)) continue;
      if (root.name === WORKFLOW_ROOT || model.scope.byRef.has(root.name)) {
        if (use.registrationChecked) checkRawRoot(this.id, context, use, root.name, model.scope.byRef);
        continue;
      }
      const body = use.body.trim();
      if (ENV_NAMES.includes(body)) continue;
      const span = { start: use.bodyStart + root.start, length: root.length };
      const base = { code: this.id, path: use.path, target: 'value', span } as const;
      if (!use.hasNested && looksLikeEnvName(body)) {
        context.report({ ...base, severity: 'warning', message: formatMessage(MAYBE_ENV, body) });
        continue;
      }
      const suggestion = suggestFor(root.name);
      context.report({ ...base, ...describe(use, root.name, suggestion) });
    }
  },
};

/**
 * Conductor's registration check of a well-formed expression whose JsonPath root is known: `paramPath.split(".")[0]`
 * must be `workflow` or a reference (`ConstraintParamUtil`, §2.4). Bodies with nested expressions or braces are
 * split differently by Conductor and left alone.
 */
function checkRawRoot(
  code: string,
  context: RuleContext,
  use: ExpressionUse,
  root: string,
  byRef: ReadonlyMap<string, unknown>,
): void {
  const body = use.body;
  if (use.hasNested || body.includes('{') || body.includes('}')) return;
  const raw = body.split('.')[0] ?? '';
  if (raw === WORKFLOW_ROOT || byRef.has(raw)) return;
  const registration = formatMessage(NOT_DEFINED, raw, use.task?.name ?? '', use.key, use.value);
  context.report({
    code,
    severity: 'error',
    message: `${registration} ${formatMessage(RAW_ROOT, root)}`,
    path: use.path,
    target: 'value',
    span: { start: use.bodyStart, length: Math.max(1, raw.length) },
  });
}

/**
 * Suggestions for unknown roots, each computed once per check: one misspelt reference name typically breaks many
 * expressions, and each suggestion compares the name with every task reference.
 */
function suggester(byRef: ReadonlyMap<string, unknown>): (root: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  let candidates: string[] | undefined;
  return (root) => {
    if (known.has(root)) return known.get(root);
    candidates ??= [...byRef.keys(), WORKFLOW_ROOT];
    const suggestion = suggest(root, candidates);
    known.set(root, suggestion);
    return suggestion;
  };
}

function describe(
  use: ExpressionUse,
  root: string,
  suggestion: string | undefined,
): Pick<Finding, 'severity' | 'message' | 'data'> {
  // Conductor names the text before the first '.' (§2.4): `$` for `${$.name}`, as a JS template literal gives.
  const named = use.hasNested ? root : (use.body.split('.')[0] ?? root);
  const message = use.registrationChecked
    ? formatMessage(NOT_DEFINED, named, use.task?.name ?? '', use.key, use.value)
    : formatMessage(NOT_A_REFERENCE, root);
  return {
    severity: 'error',
    message: withSuggestion(message, suggestion),
    ...(suggestion === undefined ? {} : { data: { suggestion } }),
  };
}
