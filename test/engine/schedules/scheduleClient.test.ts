/**
 * The extension's REST client (`client/src/api`: ScheduleApi, EventApi) against the real engine rather than a fake
 * server: every call it makes must be answered as the scheduler module and §3.4 answer it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConductorApiError, ConductorClient, type WorkflowSchedule } from '../../../client/src/api';
import { startEngine, type EventsHarness } from '../events/eventsHarness';

let h: EventsHarness;
let client: ConductorClient;
before(async () => {
  h = await startEngine();
  client = new ConductorClient({ profile: 'local', baseUrl: h.engine.url });
});
after(() => h.close());

const schedule: WorkflowSchedule = {
  name: 'nightly',
  cronExpression: '0 0 2 * * *',
  startWorkflowRequest: { name: 'client_flow', input: { who: 'cron' } },
};

void describe('client ScheduleApi against the engine (§3.4 scheduler module, /api/scheduler)', () => {
  void it('saves, lists, gets, pauses, resumes and deletes', async () => {
    const saved = await client.schedules.save(schedule);
    assert.equal(saved.name, 'nightly');
    assert.ok((saved.nextRunTime ?? 0) > Date.now());
    assert.deepEqual(
      (await client.schedules.list('client_flow')).map((s) => s.name),
      ['nightly'],
    );
    assert.equal((await client.schedules.get('nightly')).startWorkflowRequest?.name, 'client_flow');
    await client.schedules.pause('nightly', 'maintenance');
    assert.equal((await client.schedules.get('nightly')).pausedReason, 'maintenance');
    await client.schedules.resume('nightly');
    assert.equal((await client.schedules.get('nightly')).paused, false);
    await client.schedules.delete('nightly');
    assert.deepEqual(await client.schedules.list(), []);
  });

  void it('gets the next run times of a cron', async () => {
    const times = await client.schedules.nextRuns('0 0 2 * * *', { limit: 2 });
    assert.equal(times.length, 2);
    assert.equal((times[1] ?? 0) - (times[0] ?? 0), 86_400_000);
  });

  void it("maps Schedule '<name>' not found to a 404", async () => {
    await assert.rejects(client.schedules.get('missing'), (error: unknown) => {
      assert.ok(error instanceof ConductorApiError && error.isNotFound);
      assert.equal(error.serverMessage, "Schedule 'missing' not found");
      return true;
    });
  });
});

void describe('client EventApi against the engine (§3.4 /api/event)', () => {
  void it('adds, lists, updates and deletes an event handler', async () => {
    const handler = {
      name: 'on_order',
      event: 'conductor:orders:new',
      actions: [{ action: 'start_workflow' as const, start_workflow: { name: 'client_flow' } }],
    };
    await client.events.add(handler);
    assert.deepEqual(await client.events.list(), [{ ...handler, active: false }]);
    await client.events.update({ ...handler, active: true });
    assert.equal((await client.events.list())[0]?.active, true);
    await client.events.delete('on_order');
    assert.deepEqual(await client.events.list(), []);
  });
});
