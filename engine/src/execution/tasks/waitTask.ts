/**
 * WAIT (reference/conductor.md §1.11): IN_PROGRESS until `duration` ("1d 2h 3m 4s") or `until`
 * ("yyyy-MM-dd HH:mm[ z]" or "yyyy-MM-dd", server-local unless a zone is given) has passed, or — with neither —
 * until it is completed from outside (signal, task update). The deadline is a decider wake-up, so it survives
 * restarts.
 */
import { javaToString } from '../../expressions/resolve';
import { finishTask, registerSystemTask, type TaskContext } from '../systemTask';
import { wakeAt, type TaskModel } from '../model';

const BOTH_MESSAGE = "Both 'duration' and 'until' specified. Please provide only one input";
const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
const PART = /(\d+)\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\b/gy;

/** Parses "1d 2h 3m 4s" (words too) into ms; undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let total = 0;
  let pos = 0;
  while (pos < trimmed.length) {
    while (trimmed[pos] === ' ') pos++;
    PART.lastIndex = pos;
    const match = PART.exec(trimmed);
    if (!match) return undefined;
    // Every unit word starts with its letter: d(ays), h(ours|rs), m(in|inutes), s(ec|econds).
    total += Number(match[1]) * (UNIT_MS[match[2]?.[0] ?? ''] ?? 0);
    pos = PART.lastIndex;
  }
  return total;
}

/** Parses "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm <zone>" or "yyyy-MM-dd" into epoch ms; undefined when invalid. */
export function parseUntil(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?: (\S+))?)?$/.exec(text.trim());
  if (!match) return undefined;
  const [y, mo, d, h, mi] = [match[1], match[2], match[3], match[4] ?? '0', match[5] ?? '0'].map((part) =>
    Number(part),
  );
  const zone = match[6];
  if (zone === undefined) return new Date(y ?? 0, (mo ?? 1) - 1, d, h, mi).getTime();
  const offset = zoneOffsetMinutes(zone);
  if (offset === undefined) return undefined;
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi) - offset * 60_000;
}

function zoneOffsetMinutes(zone: string): number | undefined {
  if (/^(UTC|GMT|Z)$/i.test(zone)) return 0;
  const match = /^(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** WaitTaskMapper reads each input as `toString()` of the value or "", and only a non-blank one counts. */
function textOf(value: unknown): string {
  return value === undefined || value === null ? '' : javaToString(value);
}

function fail(task: TaskModel, context: TaskContext, reason: string): void {
  finishTask(task, 'FAILED_WITH_TERMINAL_ERROR', context, reason);
}

function start(task: TaskModel, context: TaskContext): void {
  const duration = textOf(task.inputData?.['duration']);
  const until = textOf(task.inputData?.['until']);
  if (duration.trim() !== '' && until.trim() !== '') return fail(task, context, BOTH_MESSAGE);
  if (duration.trim() !== '') {
    const waitMs = parseDuration(duration);
    // Conductor's parseDuration throws IllegalArgumentException with this text; here it fails the task.
    if (waitMs === undefined) return fail(task, context, `Not valid duration: ${duration}`);
    task.waitTimeout = context.env.now + waitMs;
  } else if (until.trim() !== '') {
    const deadline = parseUntil(until);
    if (deadline === undefined)
      return fail(task, context, `Invalid/Unsupported Wait Until format.  Provided: ${until}`);
    task.waitTimeout = deadline;
  } else {
    return; // neither: waits until completed from outside (signal, task update)
  }
  wakeAt(context.effects, task.waitTimeout);
}

function execute(task: TaskModel, context: TaskContext): boolean {
  if (task.waitTimeout === undefined) return false;
  if (context.env.now >= task.waitTimeout) {
    finishTask(task, 'COMPLETED', context);
    return true;
  }
  wakeAt(context.effects, task.waitTimeout);
  return false;
}

registerSystemTask('WAIT', { start, execute });
