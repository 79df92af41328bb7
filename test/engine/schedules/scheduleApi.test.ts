/**
 * The scheduler REST API over HTTP against a real engine (conductor-oss scheduler module, see
 * engine/src/schedules/README.md), including a schedule that really fires every second while the engine runs.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchResult, Workflow, WorkflowSchedule } from '../../../common/src/model';
import type { ScheduleExecution } from '../../../engine/src/schedules';
import { startEngine, until, type EventsHarness } from '../events/eventsHarness';

let h: EventsHarness;
before(async () => {
  h = await startEngine();
  const def = {
    name: 'report',
    version: 1,
    schemaVersion: 2,
    tasks: [{ name: 'n', taskReferenceName: 'n', type: 'NOOP' }],
  };
  assert.equal((await h.call('POST', '/api/metadata/workflow', def)).status, 200);
});
after(() => h.close());

const nightly: WorkflowSchedule = {
  name: 'nightly',
  cronExpression: '0 0 2 * * *',
  zoneId: 'Europe/Berlin',
  startWorkflowRequest: { name: 'report', input: { kind: 'daily' } },
};

void describe('scheduler REST API (§3.4: the scheduler module, /api/scheduler)', () => {
  void it('creates, gets, lists, searches, updates and deletes a schedule', async () => {
    const created = await h.call('POST', '/api/scheduler/schedules', nightly);
    assert.equal(created.status, 200, created.text);
    const saved = created.json as WorkflowSchedule;
    assert.equal(saved.paused, false);
    assert.equal(saved.runCatchupScheduleInstances, false);
    assert.ok((saved.createTime ?? 0) > 0 && (saved.nextRunTime ?? 0) > Date.now());
    const berlinHour = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    assert.equal(berlinHour.format(saved.nextRunTime), '02');
    assert.deepEqual((await h.call('GET', '/api/scheduler/schedules/nightly')).json, saved);
    assert.deepEqual(
      ((await h.call('GET', '/api/scheduler/schedules?workflowName=report')).json as WorkflowSchedule[]).map(
        (s) => s.name,
      ),
      ['nightly'],
    );
    assert.deepEqual((await h.call('GET', '/api/scheduler/schedules?workflowName=other')).json, []);
    const found = (await h.call('GET', '/api/scheduler/schedules/search?scheduleName=igh&paused=false'))
      .json as SearchResult<WorkflowSchedule>;
    assert.equal(found.totalHits, 1);
    const updated = (await h.call('POST', '/api/scheduler/schedules', { ...nightly, description: 'v2' }))
      .json as WorkflowSchedule;
    assert.equal(updated.createTime, saved.createTime);
    assert.equal(updated.description, 'v2');
    assert.equal((await h.call('DELETE', '/api/scheduler/schedules/nightly')).status, 200);
    assert.equal((await h.call('DELETE', '/api/scheduler/schedules/nightly')).status, 200);
    assert.equal((await h.call('GET', '/api/scheduler/schedules/nightly')).status, 404);
  });

  void it("answers 404 Schedule '<name>' not found, also when resuming one that is not paused", async () => {
    const missing = await h.call('GET', '/api/scheduler/schedules/ghost');
    assert.equal(missing.status, 404);
    assert.equal((missing.json as { message: string }).message, "Schedule 'ghost' not found");
    assert.equal((await h.call('PUT', '/api/scheduler/schedules/ghost/pause')).status, 404);
    await h.call('POST', '/api/scheduler/schedules', nightly);
    assert.equal((await h.call('PUT', '/api/scheduler/schedules/nightly/resume')).status, 404);
    assert.equal((await h.call('PUT', '/api/scheduler/schedules/nightly/pause?reason=holiday')).status, 200);
    const paused = (await h.call('GET', '/api/scheduler/schedules/nightly')).json as WorkflowSchedule;
    assert.equal(paused.paused, true);
    assert.equal(paused.pausedReason, 'holiday');
    assert.equal((await h.call('PUT', '/api/scheduler/schedules/nightly/resume')).status, 200);
    assert.equal(
      ((await h.call('GET', '/api/scheduler/schedules/nightly')).json as WorkflowSchedule).pausedReason,
      undefined,
    );
    const bulk = (await h.call('PUT', '/api/scheduler/bulk/pause', ['nightly', 'ghost'])).json as {
      bulkSuccessfulResults: string[];
      bulkErrorResults: Record<string, string>;
    };
    assert.deepEqual(bulk.bulkSuccessfulResults, ['nightly']);
    assert.deepEqual(bulk.bulkErrorResults, { ghost: "Schedule 'ghost' not found" });
    await h.call('DELETE', '/api/scheduler/schedules/nightly');
  });

  void it('rejects a schedule it could never run with 400 and the reason', async () => {
    const fiveFields = await h.call('POST', '/api/scheduler/schedules', { ...nightly, cronExpression: '0 2 * * *' });
    assert.equal(fiveFields.status, 400);
    assert.match(fiveFields.text, /Cron expression must consist of 6 fields \(found 5 in \\"0 2 \* \* \*\\"\)/);
    const zone = await h.call('POST', '/api/scheduler/schedules', { ...nightly, zoneId: 'Mars/Base' });
    assert.match(zone.text, /Unknown time-zone ID: Mars\/Base/);
    const noWorkflow = await h.call('POST', '/api/scheduler/schedules', { name: 'x', cronExpression: '0 0 2 * * *' });
    assert.equal(noWorkflow.status, 400);
    assert.match(noWorkflow.text, /startWorkflowRequest\.name/);
  });

  void it('previews at most five next run times of a cron, and 500 Invalid cron expression', async () => {
    const start = Date.now() + 3_600_000;
    const times = (
      await h.call(
        'GET',
        `/api/scheduler/nextFewSchedules?cronExpression=0+0+*+*+*+*&scheduleStartTime=${start}&limit=9`,
      )
    ).json as number[];
    assert.equal(times.length, 5);
    assert.ok(
      times.every(
        (time, i) =>
          time >= start - 500 && time % 3_600_000 === 0 && (i === 0 || time - (times[i - 1] ?? 0) === 3_600_000),
      ),
    );
    const bad = await h.call('GET', '/api/scheduler/nextFewSchedules?cronExpression=nope');
    assert.equal(bad.status, 500);
    assert.match(bad.text, /Invalid cron expression/);
  });

  void it('fires while the engine runs: a workflow per second with the scheduler input keys', async () => {
    const everySecond = { name: 'pulse', cronExpression: '* * * * * *', startWorkflowRequest: { name: 'report' } };
    assert.equal((await h.call('POST', '/api/scheduler/schedules', everySecond)).status, 200);
    const executions = await until(
      h,
      async () => {
        const page = (
          await h.call(
            'GET',
            '/api/scheduler/search/executions?query=scheduleName+IN+(pulse)+AND+state+IN+(EXECUTED)&sort=scheduledTime:ASC',
          )
        ).json as SearchResult<ScheduleExecution>;
        return page.totalHits >= 2 ? page.results : undefined;
      },
      8000,
    );
    assert.equal((await h.call('PUT', '/api/scheduler/schedules/pulse/pause')).status, 200);
    const [first, second] = executions;
    assert.equal((second?.scheduledTime ?? 0) - (first?.scheduledTime ?? 0), 1000);
    const run = (await h.call('GET', `/api/workflow/${first?.workflowId ?? ''}`)).json as Workflow;
    assert.equal(run.input?.['_startedByScheduler'], 'pulse');
    assert.equal(run.input?.['_schedulerCron'], '* * * * * * UTC');
    assert.equal(run.input?.['_executionId'], first?.executionId);
  });
});
