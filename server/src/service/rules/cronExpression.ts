/**
 * A schedule's cron expressions (`cronExpression` and each `cronSchedules[i].cronExpression`) are Spring cron
 * expressions with six fields (second minute hour day-of-month month day-of-week) or a macro such as `@daily`; the
 * classic five-field Unix form is the usual mistake. This is a structural check, not a full cron parser.
 */
import { arrayProp, isObject, stringProp } from '../model/jsonValue';
import type { JsonPath, Rule, RuleContext } from '../types';
import { formatMessage } from './messageFormat';

const FIELD_COUNT =
  'cronExpression has %d fields, but Conductor schedules use Spring cron with 6: second minute hour day-of-month month day-of-week (e.g. "0 0 9 * * MON-FRI").';
const BAD_FIELD =
  "cronExpression field %d ('%s', %s) is not valid: use numbers in %s, names, '*', '?', ranges, lists or steps.";

const MACROS: ReadonlySet<string> = new Set([
  '@yearly',
  '@annually',
  '@monthly',
  '@weekly',
  '@daily',
  '@midnight',
  '@hourly',
]);
const FIELDS: readonly { readonly label: string; readonly min: number; readonly max: number }[] = [
  { label: 'second', min: 0, max: 59 },
  { label: 'minute', min: 0, max: 59 },
  { label: 'hour', min: 0, max: 23 },
  { label: 'day-of-month', min: 1, max: 31 },
  { label: 'month', min: 1, max: 12 },
  { label: 'day-of-week', min: 0, max: 7 },
];
const FIELD_SYNTAX = /^[0-9A-Za-z*?/,#-]+$/;

/** `conductor.cronExpression`: an error on a cron expression Spring would reject. */
export const cronExpression: Rule = {
  id: 'conductor.cronExpression',
  kinds: ['schedule'],
  check(context) {
    if (!isObject(context.value)) return;
    checkCron(this.id, context, stringProp(context.value, 'cronExpression'), ['cronExpression']);
    arrayProp(context.value, 'cronSchedules')?.forEach((schedule, i) => {
      const cron = isObject(schedule) ? stringProp(schedule, 'cronExpression') : undefined;
      checkCron(this.id, context, cron, ['cronSchedules', i, 'cronExpression']);
    });
  },
};

function checkCron(code: string, context: RuleContext, cron: string | undefined, path: JsonPath): void {
  if (cron === undefined || MACROS.has(cron.trim().toLowerCase())) return;
  const fields = [...cron.matchAll(/\S+/g)];
  if (fields.length !== FIELDS.length) {
    const message = formatMessage(FIELD_COUNT, fields.length);
    context.report({ code, severity: 'error', message, path, target: 'value' });
    return;
  }
  fields.forEach((match, i) => {
    const spec = FIELDS[i];
    const field = match[0];
    if (!spec || fieldValid(field, spec.min, spec.max)) return;
    context.report({
      code,
      severity: 'error',
      message: formatMessage(BAD_FIELD, i + 1, field, spec.label, `${spec.min}-${spec.max}`),
      path,
      target: 'value',
      span: { start: match.index ?? 0, length: field.length },
    });
  });
}

/** Syntax plus the range of every plain number in the field (step values excluded). */
function fieldValid(field: string, min: number, max: number): boolean {
  if (!FIELD_SYNTAX.test(field)) return false;
  for (const part of field.split(',')) {
    const [range = '', step] = part.split('/');
    if (step !== undefined && !/^\d+$/.test(step)) return false;
    for (const bound of range.split('-')) {
      if (/^\d+$/.test(bound) && (Number(bound) < min || Number(bound) > max)) return false;
    }
  }
  return true;
}
