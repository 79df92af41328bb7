/**
 * JavaScript syntax of script expressions, parsed as a script like GraalJS does (§4.4). Conductor checks SWITCH
 * (evaluatorType exactly `javascript`) and DECISION expressions at registration (§2.3); other scripts fail only when
 * they run: INLINE and LAMBDA fail the task, a `graaljs` SWITCH fails and so ends the workflow, a DO_WHILE condition
 * fails the loop, an event handler condition drops the event. A `${…}` in an INLINE or LAMBDA script is resolved
 * first (the script is an input), but SWITCH `expression`, DECISION `caseExpression` and DO_WHILE `loopCondition`
 * are evaluated as written (§5.6, §5.8), so there `${…}` is JavaScript text too and is parsed as such.
 */
import { isObject, stringProp } from '../model/jsonValue';
import { analyzeScript } from '../model/scriptAnalysis';
import { analyzeWorkflow } from '../model/workflowModel';
import type { TaskEntry } from '../model/taskWalker';
import type { JsonPath, RuleContext, Rule } from '../types';
import { formatMessage } from './messageFormat';

/** Conductor's message for SWITCH/DECISION (§2.3): the parser message, the type and the task name. */
const NOT_WELL_FORMATTED = 'Expression is not well formatted: %s, taskType: %s taskName %s';
const SCRIPT_ERROR = 'JavaScript syntax error: %s. Conductor fails the %s when it evaluates this script.';
const CONDITION_ERROR =
  'JavaScript syntax error: %s. The condition fails whenever Conductor evaluates it, so no event reaches the actions.';

const FAILS: Readonly<Record<string, string>> = {
  INLINE: 'task',
  LAMBDA: 'task',
  DO_WHILE: 'loop (and the workflow)',
  SWITCH: 'SWITCH (and the workflow)',
};

/** `conductor.scriptSyntax`: an error at the position of the syntax error inside the script string. */
export const scriptSyntax: Rule = {
  id: 'conductor.scriptSyntax',
  kinds: ['workflow', 'event'],
  check(context) {
    if (context.kind === 'event') {
      checkEventCondition(this.id, context);
      return;
    }
    const model = analyzeWorkflow(context.value);
    for (const site of model.scripts) {
      if (site.analysis.error) reportScript(this.id, context, site.entry, site.path, site.source, site.analysis.error);
    }
    // The shared script sites leave out scripts holding `${…}`; these fields are never resolved, so parse them.
    for (const entry of model.tasks) {
      const field = RAW_FIELDS[entry.type];
      const source = field === undefined ? undefined : stringProp(entry.task, field);
      if (source === undefined || !source.includes('${') || !isJavaScript(entry)) continue;
      const { error } = analyzeScript(source);
      if (error) reportScript(this.id, context, entry, [...entry.path, field ?? ''], source, error);
    }
  },
};

/** Script fields Conductor evaluates exactly as written (no `${…}` resolution), by task type. */
const RAW_FIELDS: Readonly<Record<string, string>> = {
  SWITCH: 'expression',
  DECISION: 'caseExpression',
  DO_WHILE: 'loopCondition',
};

/** A SWITCH is JavaScript only with the javascript or graaljs evaluator; the other raw fields always are. */
function isJavaScript(entry: TaskEntry): boolean {
  if (entry.type !== 'SWITCH') return true;
  const evaluator = stringProp(entry.task, 'evaluatorType');
  return evaluator === 'javascript' || evaluator === 'graaljs';
}

function reportScript(
  code: string,
  context: RuleContext,
  entry: TaskEntry,
  path: JsonPath,
  source: string,
  error: { readonly message: string; readonly offset: number },
): void {
  const { type, name } = entry;
  const checked =
    type === 'DECISION' || (type === 'SWITCH' && stringProp(entry.task, 'evaluatorType') === 'javascript');
  const message = checked
    ? formatMessage(NOT_WELL_FORMATTED, error.message, type, name ?? '')
    : formatMessage(SCRIPT_ERROR, error.message, FAILS[type] ?? 'task');
  report(code, context, path, source, error.offset, message);
}

function checkEventCondition(code: string, context: RuleContext): void {
  if (!isObject(context.value)) return;
  const condition = stringProp(context.value, 'condition');
  const evaluator = stringProp(context.value, 'evaluatorType');
  // A non-JavaScript evaluator (e.g. python) is not ours to parse.
  if (condition === undefined || condition.trim() === '' || (evaluator && !/^(javascript|graaljs)$/.test(evaluator)))
    return;
  const { error } = analyzeScript(condition);
  if (error) {
    report(code, context, ['condition'], condition, error.offset, formatMessage(CONDITION_ERROR, error.message));
  }
}

function report(
  code: string,
  context: RuleContext,
  path: JsonPath,
  source: string,
  offset: number,
  message: string,
): void {
  // Point at one character; an error at the very end points at the last one.
  const start = Math.max(0, Math.min(offset, source.length - 1));
  context.report({
    code,
    severity: 'error',
    message,
    path,
    target: 'value',
    span: { start, length: source.length === 0 ? 0 : 1 },
  });
}
