/**
 * The scheduler's operations behind `/api/scheduler` (conductor-oss `SchedulerService`, see README.md): create or
 * update by name, get, list, delete, pause and resume. Every change recomputes the stored next run times and tells
 * the firing loop (`onChange`), which re-arms its timer.
 */
import type { WorkflowSchedule } from '../../../common/src/model';
import { NotFoundError } from '../http';
import { earliestTimer, initialTimers, type ScheduleTimers } from './dueRuns';
import type { ScheduleRepository } from './scheduleRepository';
import { checkSchedule } from './scheduleValidation';

/** `Schedule '<name>' not found` (404), as the module words it. */
export const notFound = (name: string): NotFoundError => new NotFoundError(`Schedule '${name}' not found`);

/** The schedule as the API returns it: with `nextRunTime` from the stored timers. */
export function withNextRun(schedule: WorkflowSchedule, timers: ScheduleTimers): WorkflowSchedule {
  const next = earliestTimer(timers);
  const { nextRunTime: _stale, ...rest } = schedule;
  return next === undefined ? rest : { ...rest, nextRunTime: next };
}

/** Schedules over the store; `clock` is injectable so tests can move time. */
export class SchedulerService {
  private paused = false;

  constructor(
    readonly repository: ScheduleRepository,
    readonly clock: () => number,
    private readonly onChange: () => void = () => undefined,
  ) {}

  /** Set by `GET /api/scheduler/admin/pause`: nothing fires until `/admin/resume` (not persisted, as in the module). */
  get pausedAll(): boolean {
    return this.paused;
  }

  /** `/admin/pause` and `/admin/resume`: stops or restarts all firing, re-arming the loop like any change. */
  setPausedAll(paused: boolean): void {
    this.paused = paused;
    this.onChange();
  }

  /** `createOrUpdateWorkflowSchedule`: keeps createTime/createdBy of an existing one; next runs from now. */
  save(body: unknown): WorkflowSchedule {
    const input = checkSchedule(body);
    const now = this.clock();
    const saved = this.repository.store.transaction(() => {
      const existing = this.repository.get(input.name)?.schedule;
      const schedule: WorkflowSchedule = {
        ...input,
        zoneId: input.zoneId ?? 'UTC',
        paused: input.paused === true,
        runCatchupScheduleInstances: input.runCatchupScheduleInstances === true,
        createTime: existing?.createTime ?? now,
        createdBy: existing?.createdBy ?? '',
        updatedTime: now,
        updatedBy: '',
      };
      delete schedule.nextRunTime;
      const timers = initialTimers(schedule, now);
      this.repository.put(schedule, timers);
      return withNextRun(schedule, timers);
    });
    this.onChange();
    return saved;
  }

  /** One schedule, or 404. */
  get(name: string): WorkflowSchedule {
    const found = this.repository.get(name);
    if (!found) throw notFound(name);
    return withNextRun(found.schedule, found.timers);
  }

  /** All schedules, or those starting `workflowName`. */
  list(workflowName?: string): WorkflowSchedule[] {
    return this.repository
      .listWithTimers()
      .filter(({ schedule }) => workflowName === undefined || schedule.startWorkflowRequest?.name === workflowName)
      .map(({ schedule, timers }) => withNextRun(schedule, timers));
  }

  /** Deletes one; nothing happens (and no error) when it does not exist. */
  delete(name: string): void {
    this.repository.store.transaction(() => this.repository.delete(name));
    this.onChange();
  }

  /** Pauses one with an optional reason; 404 when unknown. The pending run is dropped. */
  pause(name: string, reason?: string): void {
    this.repository.store.transaction(() => {
      const found = this.repository.get(name);
      if (!found) throw notFound(name);
      const schedule: WorkflowSchedule = { ...found.schedule, paused: true, updatedTime: this.clock(), updatedBy: '' };
      if (reason === undefined) delete schedule.pausedReason;
      else schedule.pausedReason = reason;
      this.repository.put(schedule, found.timers);
    });
    this.onChange();
  }

  /** Resumes a paused one, recomputing its runs from now (runs missed while paused are not made up). */
  resume(name: string): void {
    const found = this.repository.get(name);
    // The module answers 404 also for a schedule that exists but is not paused.
    if (!found?.schedule.paused) throw notFound(name);
    const { pausedReason: _reason, ...schedule } = found.schedule;
    this.save({ ...schedule, paused: false });
  }
}
