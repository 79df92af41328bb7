/**
 * The firing loop: while the engine runs, one timer is armed at the earliest stored next run of any active
 * schedule; when it fires, every due run starts its workflow (see `dueRuns.ts` for which runs are due, including
 * the missed-run rule after a restart), the record is saved with the new next run times, and the timer is
 * re-armed. Schedule changes re-arm it too. A failing start is recorded as FAILED and the loop goes on.
 */
import type { StartWorkflowRequest, WorkflowSchedule } from '../../../common/src/model';
import { dueRuns, earliestTimer, type ScheduleTimers } from './dueRuns';
import { fireRun, type ScheduleExecution } from './scheduleExecution';
import type { SchedulerService } from './schedulerService';

/** Runs started per schedule and pass; a long catch-up continues on the next pass right away. */
const RUNS_PER_PASS = 100;
/** setTimeout's ceiling is about 24.8 days; far-away runs are re-checked at least this often. */
const MAX_DELAY_MS = 60 * 60 * 1000;

/** Starts scheduled workflows on time; `start()`/`stop()` follow the engine's lifetime. */
export class SchedulerLoop {
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;

  constructor(
    private readonly service: SchedulerService,
    private readonly startWorkflow: (request: StartWorkflowRequest) => string,
    private readonly log: (message: string) => void,
  ) {}

  /** Starts firing, beginning with whatever is overdue from before a restart. */
  start(): void {
    this.stopped = false;
    this.arm();
  }

  /** Stops firing; a pass in progress finishes (it is synchronous). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Re-arms the timer for the earliest next run (after any schedule change). */
  arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped || this.service.pausedAll) return;
    const next = earliestTimer(
      this.service.repository
        .listWithTimers()
        .filter(({ schedule }) => !schedule.paused)
        .map(({ timers }) => earliestTimer(timers)),
    );
    if (next === undefined) return;
    const delay = Math.min(Math.max(next - this.service.clock(), 0), MAX_DELAY_MS);
    this.timer = setTimeout(() => this.pass(), delay);
    this.timer.unref();
  }

  /**
   * Fires every due run of every schedule now and re-arms the timer if the loop is started; returns how many runs
   * it started (tests drive it directly with their own clock).
   */
  pass(): number {
    this.timer = undefined;
    let fired = 0;
    if (this.service.pausedAll) return fired;
    for (const found of this.service.repository.listWithTimers()) {
      try {
        fired += this.fireSchedule(found);
      } catch (error) {
        this.log(`Scheduler could not run schedule '${found.schedule.name}': ${String(error)}`);
      }
    }
    this.arm();
    return fired;
  }

  /** Fires the due runs of one schedule and stores its new timers with the execution records. */
  private fireSchedule(found: { schedule: WorkflowSchedule; timers: ScheduleTimers }): number {
    const { repository, clock } = this.service;
    const name = found.schedule.name;
    if (found.schedule.paused) return 0;
    const now = clock();
    const { runs, timers } = dueRuns(found.schedule, found.timers, now, RUNS_PER_PASS);
    if (runs.length === 0) return 0;
    const records: ScheduleExecution[] = runs.map((run) => fireRun(found.schedule, run, now, this.startWorkflow));
    repository.store.transaction(() => {
      repository.put(found.schedule, timers);
      repository.addExecutions(records);
    });
    for (const record of records.filter((r) => r.state === 'FAILED')) {
      this.log(`Schedule '${name}' could not start ${record.workflowName}: ${record.reason ?? ''}`);
    }
    return runs.length;
  }
}
