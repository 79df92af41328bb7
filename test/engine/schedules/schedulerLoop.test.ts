/**
 * The firing loop with a moved clock over a real store and executor (no HTTP): which runs start, with what input,
 * what is recorded, and the missed-run rule after a restart (scheduler module, engine/src/schedules/README.md).
 */
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkflowSchedule } from '../../../common/src/model';
import { Executor } from '../../../engine/src/execution/executor';
import { createScheduler, type Scheduler } from '../../../engine/src/schedules';
import { openStore, type Store } from '../../../engine/src/store';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  stores.splice(0).forEach((store) => store.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** A scheduler whose clock is `clock.now`, over the store in `dataDir`, with the workflow `tick` registered. */
function open(dataDir: string, clock: { now: number }): { scheduler: Scheduler; executor: Executor; logs: string[] } {
  const store = openStore({ dataDir });
  stores.push(store);
  store.workflowDefs.put({
    name: 'tick',
    version: 1,
    schemaVersion: 2,
    tasks: [{ name: 'w', taskReferenceName: 'w', type: 'WAIT' }],
  });
  const executor = new Executor(store, () => clock.now);
  const logs: string[] = [];
  const scheduler = createScheduler(executor, (line) => logs.push(line));
  return { scheduler, executor, logs };
}

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'engine-schedules-'));
  dirs.push(dir);
  return dir;
}

const everyTenSeconds = (extra: Partial<WorkflowSchedule> = {}): WorkflowSchedule => ({
  name: 'ticker',
  cronExpression: '*/10 * * * * *',
  startWorkflowRequest: { name: 'tick', input: { a: 1 } },
  ...extra,
});

void describe('scheduler firing loop (§3.4: the conductor-oss scheduler module)', () => {
  void it('starts the workflow at each due time with the scheduler input keys, and records the run', () => {
    const clock = { now: T0 };
    const { scheduler, executor } = open(freshDir(), clock);
    const saved = scheduler.service.save(everyTenSeconds());
    assert.equal(saved.nextRunTime, T0 + 10_000);
    assert.equal(scheduler.loop.pass(), 0);
    clock.now = T0 + 10_000;
    assert.equal(scheduler.loop.pass(), 1);
    const [record] = scheduler.service.repository.executions();
    assert.equal(record?.state, 'EXECUTED');
    assert.equal(record?.scheduledTime, T0 + 10_000);
    const run = executor.load(record?.workflowId ?? '').workflow;
    assert.deepEqual(run.input, {
      a: 1,
      _startedByScheduler: 'ticker',
      _scheduledTime: T0 + 10_000,
      _executedTime: T0 + 10_000,
      _executionId: record?.executionId,
      _schedulerCron: '*/10 * * * * * UTC',
    });
    assert.equal(scheduler.service.get('ticker').nextRunTime, T0 + 20_000);
  });

  void it('records a start that fails as FAILED with the reason and keeps the schedule going', () => {
    const clock = { now: T0 };
    const { scheduler, logs } = open(freshDir(), clock);
    scheduler.service.save(everyTenSeconds({ startWorkflowRequest: { name: 'missing_flow' } }));
    clock.now = T0 + 10_000;
    assert.equal(scheduler.loop.pass(), 1);
    const [record] = scheduler.service.repository.executions();
    assert.equal(record?.state, 'FAILED');
    assert.equal(record?.reason, 'No such workflow defined. name=missing_flow, version=null');
    assert.match(logs[0] ?? '', /Schedule 'ticker' could not start missing_flow/);
    assert.equal(scheduler.service.get('ticker').nextRunTime, T0 + 20_000);
  });

  void it('fires nothing while paused and does not make up missed runs on resume', () => {
    const clock = { now: T0 };
    const { scheduler } = open(freshDir(), clock);
    scheduler.service.save(everyTenSeconds());
    scheduler.service.pause('ticker', 'maintenance');
    assert.equal(scheduler.service.get('ticker').pausedReason, 'maintenance');
    clock.now = T0 + 35_000;
    assert.equal(scheduler.loop.pass(), 0);
    scheduler.service.resume('ticker');
    assert.equal(scheduler.service.get('ticker').nextRunTime, T0 + 40_000);
    assert.equal(scheduler.loop.pass(), 0);
  });

  void it('fires nothing while the whole scheduler is paused (admin/pause), and the due run after admin/resume', () => {
    const clock = { now: T0 };
    const { scheduler } = open(freshDir(), clock);
    scheduler.service.save(everyTenSeconds());
    scheduler.service.setPausedAll(true);
    clock.now = T0 + 10_000;
    assert.equal(scheduler.loop.pass(), 0);
    scheduler.service.setPausedAll(false);
    assert.equal(scheduler.loop.pass(), 1);
  });

  void it('stops after scheduleEndTime and waits for scheduleStartTime', () => {
    const clock = { now: T0 };
    const { scheduler } = open(freshDir(), clock);
    const saved = scheduler.service.save(
      everyTenSeconds({ scheduleStartTime: T0 + 60_000, scheduleEndTime: T0 + 70_000 }),
    );
    assert.equal(saved.nextRunTime, T0 + 60_000);
    clock.now = T0 + 60_000;
    assert.equal(scheduler.loop.pass(), 1);
    clock.now = T0 + 70_000;
    assert.equal(scheduler.loop.pass(), 1);
    assert.equal(scheduler.service.get('ticker').nextRunTime, undefined);
    clock.now = T0 + 200_000;
    assert.equal(scheduler.loop.pass(), 0);
  });

  for (const catchUp of [false, true]) {
    const expected = catchUp ? 5 : 1;
    void it(`after a restart fires ${catchUp ? 'every missed run' : 'the overdue run once'} (runCatchupScheduleInstances=${String(catchUp)})`, () => {
      const dir = freshDir();
      const clock = { now: T0 };
      open(dir, clock).scheduler.service.save(everyTenSeconds({ runCatchupScheduleInstances: catchUp }));
      stores.splice(0).forEach((store) => store.close());
      clock.now = T0 + 55_000;
      const { scheduler } = open(dir, clock);
      assert.equal(scheduler.loop.pass(), expected);
      const times = scheduler.service.repository
        .executions()
        .map((record) => record.scheduledTime)
        .sort();
      assert.deepEqual(times, catchUp ? [10, 20, 30, 40, 50].map((s) => T0 + s * 1000) : [T0 + 10_000]);
      assert.equal(scheduler.service.get('ticker').nextRunTime, T0 + 60_000);
    });
  }
});
