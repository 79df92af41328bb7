/**
 * Spring's `CronExpression` (what the conductor-oss scheduler parses) on top of cron-parser: exactly six fields
 * `second minute hour day-of-month month day-of-week`, the macros `@yearly`…`@hourly`, names, `L`, `W`, `#` and `?`.
 * Where the two libraries differ it follows Spring: when both day-of-month and day-of-week are restricted, a time
 * must match **both** (Spring ANDs them; classic cron, and cron-parser, OR them). Times are epoch ms; zones are IANA
 * names, as Java's `ZoneId.of` takes them.
 */
import { CronExpressionParser, type CronExpression } from 'cron-parser';

const MACROS: Record<string, string> = {
  '@yearly': '0 0 0 1 1 *',
  '@annually': '0 0 0 1 1 *',
  '@monthly': '0 0 0 1 * *',
  '@weekly': '0 0 0 * * 0',
  '@daily': '0 0 0 * * *',
  '@midnight': '0 0 0 * * *',
  '@hourly': '0 0 * * * *',
};

/** How far the AND of the two day fields may search before giving up (e.g. "30 February"). */
const MAX_DAY_STEPS = 2000;

/** A parsed expression; `next` is strictly after the given time, like Spring's `CronExpression.next`. */
export interface SpringCron {
  next(afterMs: number, zoneId: string): number | undefined;
}

/** Why an expression or zone is invalid (Spring's / Java's wording), or undefined when valid. */
export function cronError(expression: string, zoneId = 'UTC'): string | undefined {
  const zone = zoneError(zoneId);
  if (zone) return zone;
  try {
    parseSpringCron(expression);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Java's `ZoneId.of` message for an unknown zone, or undefined when the zone exists. */
export function zoneError(zoneId: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zoneId });
    return undefined;
  } catch {
    return `Unknown time-zone ID: ${zoneId}`;
  }
}

/** Parses a Spring cron expression; throws with Spring's message when it is not six valid fields. */
export function parseSpringCron(expression: string): SpringCron {
  const text = MACROS[expression.trim().toLowerCase()] ?? expression.trim();
  const fields = text.split(/\s+/).filter((field) => field !== '');
  if (fields.length !== 6) {
    throw new Error(`Cron expression must consist of 6 fields (found ${fields.length} in "${expression}")`);
  }
  const [second, minute, hour, dayOfMonth, month, dayOfWeek] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const restricted = (field: string): boolean => field !== '*' && field !== '?';
  // Validate the whole expression once, so errors name the original fields.
  CronExpressionParser.parse(fields.join(' '));
  if (!restricted(dayOfMonth) || !restricted(dayOfWeek)) return single(fields.join(' '));
  const byMonthDay = [second, minute, hour, dayOfMonth, month, '*'].join(' ');
  const byWeekDay = [second, minute, hour, '*', month, dayOfWeek].join(' ');
  return both(byMonthDay, byWeekDay);
}

function iterate(expression: string, afterMs: number, zoneId: string): CronExpression {
  return CronExpressionParser.parse(expression, { currentDate: new Date(afterMs), tz: zoneId });
}

/** The next time, or undefined when there is none (cron-parser throws for dates that never come, e.g. 30 Feb). */
function nextOf(expression: string, afterMs: number, zoneId: string): number | undefined {
  try {
    return iterate(expression, afterMs, zoneId).next().getTime();
  } catch {
    return undefined;
  }
}

function single(expression: string): SpringCron {
  return { next: (afterMs, zoneId) => nextOf(expression, afterMs, zoneId) };
}

/** Spring's AND: the first time present in both ascending sequences. */
function both(byMonthDay: string, byWeekDay: string): SpringCron {
  return {
    next(afterMs, zoneId) {
      let a = nextOf(byMonthDay, afterMs, zoneId);
      let b = nextOf(byWeekDay, afterMs, zoneId);
      for (let step = 0; step < MAX_DAY_STEPS && a !== undefined && b !== undefined; step++) {
        if (a === b) return a;
        if (a < b) a = nextOf(byMonthDay, b - 1, zoneId);
        else b = nextOf(byWeekDay, a - 1, zoneId);
      }
      return undefined;
    },
  };
}
