/**
 * WAIT inputs, checked like Conductor's `WorkflowTaskTypeConstraint` (§2.3): not both `duration` and `until`, and a
 * literal value (one not starting with `${`) must parse: a duration such as `1d 2h 3m 4s` (words like days, hrs,
 * mins, secs too), or a date `yyyy-MM-dd HH:mm`, `yyyy-MM-dd HH:mm z` or `yyyy-MM-dd` (§1.11).
 */
import { objectProp } from '../model/jsonValue';
import type { JsonObject } from '../model/jsonValue';
import type { TaskEntry } from '../model/taskWalker';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule, RuleContext } from '../types';

/** Conductor's messages (§2.3), trailing spaces included. */
const BOTH = "Both 'duration' and 'until' specified. Please provide only one input";
const BAD_DURATION = 'Either date or duration is passed as null ';
const BAD_DATE = 'Unable to parse date ';

/** Conductor's duration pattern (`DateTimeUtils.parseDuration`), case-insensitive. */
const DURATION =
  /^\s*(?:\d+\s*(?:days?|d))?\s*(?:\d+\s*(?:hours?|hrs?|h))?\s*(?:\d+\s*(?:minutes?|mins?|m))?\s*(?:\d+\s*(?:seconds?|secs?|s))?\s*$/i;
/** The three `until` patterns; SimpleDateFormat is lenient about digit counts. */
const DATE =
  /^\d{1,4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{1,2}(?: (?:[A-Za-z][A-Za-z/_]*(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{4}))?)?$/;
/** Integer.parseInt fails on more digits than an int holds, and Conductor reports that like a bad duration. */
const TOO_LONG = /\d{10,}/;

/** `conductor.waitTask`: errors with Conductor's messages on the offending input value. */
export const waitTask: Rule = {
  id: 'conductor.waitTask',
  kinds: ['workflow'],
  check(context) {
    for (const entry of analyzeWorkflow(context.value).tasks) {
      if (entry.type !== 'WAIT') continue;
      const input = objectProp(entry.task, 'inputParameters');
      if (input) checkInputs(this.id, context, entry, input);
    }
  },
};

function checkInputs(code: string, context: RuleContext, entry: TaskEntry, input: JsonObject): void {
  const duration = text(input.duration);
  const until = text(input.until);
  const at = (key: string): (string | number)[] => [...entry.path, 'inputParameters', key];
  if (duration !== '' && until !== '') {
    context.report({ code, severity: 'error', message: BOTH, path: at('until'), target: 'key' });
  }
  // Conductor parses duration first and looks at until only when duration is blank.
  if (duration !== '' && !duration.startsWith('${')) {
    if (!DURATION.test(duration) || TOO_LONG.test(duration)) {
      context.report({ code, severity: 'error', message: BAD_DURATION, path: at('duration'), target: 'value' });
    }
  } else if (duration === '' && until !== '' && !until.startsWith('${') && !DATE.test(until)) {
    context.report({ code, severity: 'error', message: BAD_DATE, path: at('until'), target: 'value' });
  }
}

/** Conductor's `Optional.ofNullable(v).orElse("").toString()`, blank-trimmed for the emptiness test. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  const rendered = typeof value === 'string' ? value : JSON.stringify(value);
  return rendered.trim() === '' ? '' : rendered;
}
