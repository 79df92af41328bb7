/**
 * Durable schedules and their execution records, kept in the store's key-value table (the scheduler module keeps
 * them in its own `scheduler`, `scheduler_next_run` and `workflow_scheduled_executions` tables). Each schedule is
 * stored with its per-cron next run times, so a restart resumes from them and can see which runs it missed.
 */
import type { WorkflowSchedule } from '../../../common/src/model';
import type { Store } from '../store';
import type { ScheduleTimers } from './dueRuns';
import type { ScheduleExecution } from './scheduleExecution';

const NAMES_KEY = 'scheduler.names';
const EXECUTIONS_KEY = 'scheduler.executions';
const scheduleKey = (name: string): string => `scheduler.schedule.${name}`;

/**
 * How many execution records are kept, newest first. The module moves records to an archive and trims it to
 * `archivalMaxRecords`; a local engine keeps a bounded history the same way.
 */
export const MAX_EXECUTION_RECORDS = 1000;

/** A schedule with the next run time of each of its effective crons (JSON has no undefined: null = no more runs). */
export interface StoredSchedule {
  schedule: WorkflowSchedule;
  timers: (number | null)[];
}

/** Reads and writes schedules; callers group writes with `store.transaction`. */
export class ScheduleRepository {
  constructor(readonly store: Store) {}

  /** The schedule named `name` with its timers, or undefined. */
  get(name: string): { schedule: WorkflowSchedule; timers: ScheduleTimers } | undefined {
    const stored = this.store.kv.get<StoredSchedule>(scheduleKey(name));
    if (!stored) return undefined;
    return { schedule: stored.schedule, timers: stored.timers.map((time) => time ?? undefined) };
  }

  /** Every schedule with its timers (the firing loop's view). */
  listWithTimers(): { schedule: WorkflowSchedule; timers: ScheduleTimers }[] {
    return this.names().flatMap((name) => {
      const found = this.get(name);
      return found ? [found] : [];
    });
  }

  /** Inserts or replaces a schedule and its timers. */
  put(schedule: WorkflowSchedule, timers: ScheduleTimers): void {
    const stored: StoredSchedule = { schedule, timers: timers.map((time) => time ?? null) };
    this.store.kv.put(scheduleKey(schedule.name), stored);
    const names = this.names();
    if (!names.includes(schedule.name)) this.store.kv.put(NAMES_KEY, [...names, schedule.name].sort());
  }

  /** Deletes a schedule; false when it did not exist. */
  delete(name: string): boolean {
    const existed = this.store.kv.delete(scheduleKey(name));
    this.store.kv.put(
      NAMES_KEY,
      this.names().filter((other) => other !== name),
    );
    return existed;
  }

  /** Every execution record, newest first. */
  executions(): ScheduleExecution[] {
    return this.store.kv.get<ScheduleExecution[]>(EXECUTIONS_KEY) ?? [];
  }

  /** Adds execution records (newest last in `records`), keeping the newest {@link MAX_EXECUTION_RECORDS}. */
  addExecutions(records: readonly ScheduleExecution[]): void {
    if (records.length === 0) return;
    const all = [...[...records].reverse(), ...this.executions()].slice(0, MAX_EXECUTION_RECORDS);
    this.store.kv.put(EXECUTIONS_KEY, all);
  }

  private names(): string[] {
    return this.store.kv.get<string[]>(NAMES_KEY) ?? [];
  }
}
