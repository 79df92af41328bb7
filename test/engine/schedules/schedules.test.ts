import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  cronError,
  dueRuns,
  earliestTimer,
  initialTimers,
  nextRunTimes,
  parseSpringCron,
  scheduledStartRequest,
  type WorkflowSchedule,
} from '../../../engine/src/schedules';

const t = (iso: string): number => Date.parse(iso);
const iso = (times: number[]): string[] => times.map((time) => new Date(time).toISOString());

function schedule(extra: Partial<WorkflowSchedule>): WorkflowSchedule {
  return {
    name: 'nightly',
    cronExpression: '0 0 9 * * *',
    startWorkflowRequest: { name: 'wf', input: { a: 1 } },
    ...extra,
  };
}

void describe('scheduler: Spring cron expressions', () => {
  void it('needs six fields, with seconds, and says so as Spring does', () => {
    assert.equal(cronError('0 9 * * *'), 'Cron expression must consist of 6 fields (found 5 in "0 9 * * *")');
    assert.equal(cronError('0 0 9 * * MON-FRI'), undefined);
    assert.equal(cronError('@daily'), undefined);
    assert.match(cronError('0 0 25 * * *') ?? '', /25/);
    assert.equal(cronError('0 0 9 * * *', 'Mars/Base'), 'Unknown time-zone ID: Mars/Base');
  });
  void it('ANDs day-of-month and day-of-week like Spring (Friday the 13th)', () => {
    const cron = parseSpringCron('0 0 0 13 * FRI');
    assert.equal(new Date(cron.next(t('2026-01-01T00:00:00Z'), 'UTC') ?? 0).toISOString(), '2026-02-13T00:00:00.000Z');
    assert.equal(new Date(cron.next(t('2026-02-13T00:00:00Z'), 'UTC') ?? 0).toISOString(), '2026-03-13T00:00:00.000Z');
  });
  void it('runs second-level crons strictly after the given time', () => {
    assert.deepEqual(iso(nextRunTimes(schedule({ cronExpression: '*/10 * * * * *' }), t('2026-01-01T00:00:00Z'), 3)), [
      '2026-01-01T00:00:10.000Z',
      '2026-01-01T00:00:20.000Z',
      '2026-01-01T00:00:30.000Z',
    ]);
  });
});

void describe('scheduler: next run times in a zone', () => {
  void it('keeps 09:00 local time across the spring DST change in Europe/Berlin', () => {
    const runs = nextRunTimes(schedule({ zoneId: 'Europe/Berlin' }), t('2026-03-27T12:00:00Z'), 3);
    assert.deepEqual(iso(runs), ['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  });
  void it('moves a run inside the skipped hour forward and runs an hourly cron once per real hour at fall-back', () => {
    const gap = nextRunTimes(
      schedule({ cronExpression: '0 30 2 * * *', zoneId: 'America/New_York' }),
      t('2026-03-07T12:00:00Z'),
      2,
    );
    assert.deepEqual(iso(gap), ['2026-03-08T07:30:00.000Z', '2026-03-09T06:30:00.000Z']);
    const hourly = nextRunTimes(
      schedule({ cronExpression: '0 0 * * * *', zoneId: 'America/New_York' }),
      t('2026-11-01T04:30:00Z'),
      3,
    );
    assert.deepEqual(iso(hourly), ['2026-11-01T05:00:00.000Z', '2026-11-01T06:00:00.000Z', '2026-11-01T07:00:00.000Z']);
  });
  void it('starts at scheduleStartTime (inclusive) and stops after scheduleEndTime', () => {
    const bounded = schedule({
      scheduleStartTime: t('2026-05-03T09:00:00Z'),
      scheduleEndTime: t('2026-05-05T09:00:00Z'),
    });
    assert.deepEqual(iso(nextRunTimes(bounded, t('2026-05-01T00:00:00Z'), 10)), [
      '2026-05-03T09:00:00.000Z',
      '2026-05-04T09:00:00.000Z',
      '2026-05-05T09:00:00.000Z',
    ]);
  });
  void it('takes the earliest of several crons, each in its own zone, and nothing when paused', () => {
    const multi = schedule({
      cronExpression: undefined,
      cronSchedules: [{ cronExpression: '0 0 9 * * *', zoneId: 'Asia/Tokyo' }, { cronExpression: '0 0 9 * * *' }],
    });
    assert.deepEqual(iso(nextRunTimes(multi, t('2026-06-01T01:00:00Z'), 3)), [
      '2026-06-01T09:00:00.000Z',
      '2026-06-02T00:00:00.000Z',
      '2026-06-02T09:00:00.000Z',
    ]);
    assert.deepEqual(nextRunTimes({ ...multi, paused: true }, t('2026-06-01T01:00:00Z'), 3), []);
  });
});

void describe('scheduler: due runs and the missed-run rule', () => {
  const created = t('2026-05-01T08:00:00Z');
  void it('fires a run when it is due and moves to the next one', () => {
    const s = schedule({});
    const timers = initialTimers(s, created);
    assert.deepEqual(dueRuns(s, timers, t('2026-05-01T08:59:58Z')).runs, []);
    const due = dueRuns(s, timers, t('2026-05-01T08:59:59.500Z'));
    assert.deepEqual(due.runs, [{ scheduledTime: t('2026-05-01T09:00:00Z'), cron: '0 0 9 * * * UTC', zoneId: 'UTC' }]);
    assert.equal(earliestTimer(due.timers), t('2026-05-02T09:00:00Z'));
  });
  void it('after a restart without catch-up: the overdue run fires once, then the next future time', () => {
    const s = schedule({});
    const restartedAt = t('2026-05-04T12:00:00Z');
    const due = dueRuns(s, initialTimers(s, created), restartedAt);
    assert.deepEqual(iso(due.runs.map((run) => run.scheduledTime)), ['2026-05-01T09:00:00.000Z']);
    assert.equal(earliestTimer(due.timers), t('2026-05-05T09:00:00Z'));
  });
  void it('after a restart with runCatchupScheduleInstances: every missed run fires, oldest first, in batches', () => {
    const s = schedule({ runCatchupScheduleInstances: true });
    const restartedAt = t('2026-05-04T12:00:00Z');
    const first = dueRuns(s, initialTimers(s, created), restartedAt, 2);
    assert.deepEqual(iso(first.runs.map((run) => run.scheduledTime)), [
      '2026-05-01T09:00:00.000Z',
      '2026-05-02T09:00:00.000Z',
    ]);
    const rest = dueRuns(s, first.timers, restartedAt);
    assert.deepEqual(iso(rest.runs.map((run) => run.scheduledTime)), [
      '2026-05-03T09:00:00.000Z',
      '2026-05-04T09:00:00.000Z',
    ]);
    assert.equal(earliestTimer(rest.timers), t('2026-05-05T09:00:00Z'));
  });
  void it('fires nothing while paused and ends after scheduleEndTime', () => {
    const s = schedule({ paused: true });
    assert.deepEqual(dueRuns(s, initialTimers(s, created), t('2026-05-09T00:00:00Z')).runs, []);
    const ending = schedule({ scheduleEndTime: t('2026-05-01T12:00:00Z') });
    const due = dueRuns(ending, initialTimers(ending, created), t('2026-05-09T00:00:00Z'));
    assert.equal(due.runs.length, 1);
    assert.deepEqual(due.timers, [undefined]);
  });
  void it("builds the StartWorkflowRequest with the scheduler's input keys", () => {
    const s = schedule({ createdBy: 'me' });
    const run = { scheduledTime: t('2026-05-01T09:00:00Z'), cron: '0 0 9 * * * UTC', zoneId: 'UTC' };
    const request = scheduledStartRequest(s, run, { executionId: 'e1', executedTime: 5 });
    assert.deepEqual(request, {
      name: 'wf',
      createdBy: 'me',
      input: {
        a: 1,
        _startedByScheduler: 'nightly',
        _scheduledTime: run.scheduledTime,
        _executedTime: 5,
        _executionId: 'e1',
        _schedulerCron: '0 0 9 * * * UTC',
      },
    });
  });
});
