/**
 * Events & Schedules against the real engine: a schedule file registered (and a second register asking before it
 * replaces), the schedules listed by name with their next run times from `nextFewSchedules` (ascending, at most five,
 * none before the start time), pause/resume as the view's commands call them, and every kind fetched back by name
 * for the read-only documents (event handlers have no GET by name, §3.4).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkflowSchedule } from '../../../common/src/model';
import { readDefinitionFile } from '../../../client/src/documents/definitionFile';
import { fetchDefinition } from '../../../client/src/documents/fetchDefinition';
import { registerDefinitionFile } from '../../../client/src/commands/definitions/registrationFlow';
import {
  loadNextRuns,
  loadSchedules,
  NEXT_RUNS_SHOWN,
  scheduleCrons,
} from '../../../client/src/views/definitions/definitionsModel';
import { ConductorApiError } from '../../../client/src/api';
import { startEngineClient, type EngineClient } from '../clientHarness';
import { fixtureFile, fixtureText } from './definitionsHarness';

let h: EngineClient;
const yes = (): Promise<boolean> => Promise.resolve(true);

before(async () => {
  h = await startEngineClient();
  await registerDefinitionFile(h.client, fixtureFile('defs_tasks.taskdef.json'), yes);
  await registerDefinitionFile(h.client, fixtureFile('defs_flow.workflow.json'), yes);
});
after(() => h.engine.close());

void describe('schedules', () => {
  void it('registers a schedule file, and asks before replacing one of the same name', async () => {
    await registerDefinitionFile(h.client, fixtureFile('defs_nightly.schedule.json'), yes);
    const asked: string[] = [];
    const paused = fixtureText('defs_nightly.schedule.json').replace('"zoneId"', '"description": "second", "zoneId"');
    const outcome = await registerDefinitionFile(h.client, readDefinitionFile('n.schedule.json', paused), (refs) => {
      asked.push(...refs.map((ref) => ref.name));
      return Promise.resolve(false);
    });
    assert.deepEqual(outcome, { cancelled: true });
    assert.deepEqual(asked, ['defs_nightly']);
    assert.equal((await h.client.schedules.get('defs_nightly')).description, undefined);
  });

  void it('lists schedules and their next runs: ascending, at most five, every day at 02:00 UTC', async () => {
    const [schedule] = await loadSchedules(h.client);
    assert.equal(schedule?.name, 'defs_nightly');
    const now = Date.UTC(2030, 0, 1, 12, 0, 0);
    const runs = await loadNextRuns(h.client, schedule, now);
    assert.equal(runs.length, NEXT_RUNS_SHOWN);
    assert.deepEqual(
      runs.map((time) => new Date(time).toISOString()),
      [2, 3, 4, 5, 6].map((day) => `2030-01-0${day}T02:00:00.000Z`),
    );
  });

  void it('merges the runs of several crons and starts no earlier than scheduleStartTime', async () => {
    const schedule: WorkflowSchedule = {
      name: 'multi',
      cronSchedules: [{ cronExpression: '0 0 2 * * *' }, { cronExpression: '0 30 2 * * *' }],
      scheduleStartTime: Date.UTC(2031, 5, 1),
    };
    assert.deepEqual(scheduleCrons(schedule), ['0 0 2 * * *', '0 30 2 * * *']);
    const runs = await loadNextRuns(h.client, schedule, Date.UTC(2030, 0, 1));
    assert.equal(new Date(runs[0] ?? 0).toISOString(), '2031-06-01T02:00:00.000Z');
    assert.equal(new Date(runs[1] ?? 0).toISOString(), '2031-06-01T02:30:00.000Z');
  });

  void it('pauses with a reason and resumes', async () => {
    await h.client.schedules.pause('defs_nightly', 'maintenance');
    const paused = await h.client.schedules.get('defs_nightly');
    assert.equal(paused.paused, true);
    assert.equal(paused.pausedReason, 'maintenance');
    await h.client.schedules.resume('defs_nightly');
    assert.notEqual((await h.client.schedules.get('defs_nightly')).paused, true);
  });
});

void describe('fetching a registered definition by reference', () => {
  void it('fetches every kind by name, event handlers from the list', async () => {
    await registerDefinitionFile(h.client, fixtureFile('defs_handler.event.json'), yes);
    const refs = [
      { kind: 'workflow', name: 'defs_flow', version: 1 },
      { kind: 'taskdef', name: 'defs_task_a' },
      { kind: 'event', name: 'defs_handler' },
      { kind: 'schedule', name: 'defs_nightly' },
    ] as const;
    for (const ref of refs) {
      const definition = (await fetchDefinition(h.client, ref)) as { name: string };
      assert.equal(definition.name, ref.name);
    }
  });

  void it('answers a 404 for an event handler that is not registered', async () => {
    await assert.rejects(
      fetchDefinition(h.client, { kind: 'event', name: 'nope' }),
      (error: unknown) =>
        error instanceof ConductorApiError && error.isNotFound && /event handler nope/.test(error.message),
    );
  });
});
