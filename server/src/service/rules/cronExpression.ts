/**
 * A schedule's `cronExpression` is a Spring cron expression with six fields (second minute hour day-of-month month
 * day-of-week) or a macro such as `@daily`; the classic five-field Unix form is the usual mistake. This is a
 * structural check, not a full cron parser.
 */
import { isObject, stringProp } from '../model/jsonValue';
import type { Rule } from '../types';
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
    const cron = isObject(context.value) ? stringProp(context.value, 'cronExpression') : undefined;
    if (cron === undefined || MACROS.has(cron.trim().toLowerCase())) return;
    const fields = cron
      .trim()
      .split(/\s+/)
      .filter((field) => field !== '');
    const base = { code: this.id, severity: 'error', path: ['cronExpression'], target: 'value' } as const;
    if (fields.length !== FIELDS.length) {
      context.report({ ...base, message: formatMessage(FIELD_COUNT, fields.length) });
      return;
    }
    fields.forEach((field, i) => {
      const spec = FIELDS[i];
      if (!spec || fieldValid(field, spec.min, spec.max)) return;
      const message = formatMessage(BAD_FIELD, i + 1, field, spec.label, `${spec.min}-${spec.max}`);
      context.report({ ...base, message });
    });
  },
};

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
