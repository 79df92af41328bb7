/**
 * The register flow's decisions against the real engine: a second register of a workflow is a 409 that asks before
 * overwriting (§2.5, §3.1), task-definition arrays ask only about the ones already registered (the server upserts),
 * event handlers ask on 409 then update (§3.4), and unregister removes what the file names.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DefinitionRef } from '../../../client/src/documents/definitionKind';
import { readDefinitionFile } from '../../../client/src/documents/definitionFile';
import {
  registerDefinitionFile,
  unregisterDefinitions,
  type AskOverwrite,
} from '../../../client/src/commands/definitions/registrationFlow';
import { ConductorApiError } from '../../../client/src/api';
import { startEngineClient, type EngineClient } from '../clientHarness';
import { fixtureFile, fixtureText } from './definitionsHarness';

let h: EngineClient;
before(async () => {
  h = await startEngineClient();
});
after(() => h.engine.close());

/** An AskOverwrite that answers `answer` and records what it was asked about. */
function asker(answer: boolean): AskOverwrite & { asked: DefinitionRef[][] } {
  const asked: DefinitionRef[][] = [];
  return Object.assign((existing: readonly DefinitionRef[]) => (asked.push([...existing]), Promise.resolve(answer)), {
    asked,
  });
}

void describe('register from a file', () => {
  void it('registers task definitions from an array without asking when none exist', async () => {
    const ask = asker(true);
    const outcome = await registerDefinitionFile(h.client, fixtureFile('defs_tasks.taskdef.json'), ask);
    assert.deepEqual(outcome, {
      registered: [
        { kind: 'taskdef', name: 'defs_task_a' },
        { kind: 'taskdef', name: 'defs_task_b' },
      ],
    });
    assert.equal(ask.asked.length, 0);
  });

  void it('asks only about the task definitions already registered, and keeps them when told to', async () => {
    const text = fixtureText('defs_tasks.taskdef.json').replace('"defs_task_b"', '"defs_task_c"');
    const file = readDefinitionFile('more.taskdef.json', text.replaceAll('"retryCount": 1', '"retryCount": 5'));
    const ask = asker(false);
    assert.deepEqual(await registerDefinitionFile(h.client, file, ask), { cancelled: true });
    assert.deepEqual(ask.asked, [[{ kind: 'taskdef', name: 'defs_task_a' }]]);
    assert.equal((await h.client.metadata.getTaskDef('defs_task_a')).retryCount, 1);
    await assert.rejects(h.client.metadata.getTaskDef('defs_task_c'), (e: ConductorApiError) => e.isNotFound);
  });

  void it('§3.1 registers a workflow, then a second register is a 409 that asks before overwriting', async () => {
    const file = fixtureFile('defs_flow.workflow.json');
    assert.deepEqual(await registerDefinitionFile(h.client, file, asker(true)), {
      registered: [{ kind: 'workflow', name: 'defs_flow', version: 1 }],
    });
    const stored = await h.client.metadata.getWorkflowDef('defs_flow', 1);
    assert.ok(!('$schema' in stored), 'the editor-only $schema key must not reach the server');

    const changed = readDefinitionFile(
      'f.workflow.json',
      fixtureText('defs_flow.workflow.json').replace('A workflow', 'Changed'),
    );
    const decline = asker(false);
    assert.deepEqual(await registerDefinitionFile(h.client, changed, decline), { cancelled: true });
    assert.deepEqual(decline.asked, [[{ kind: 'workflow', name: 'defs_flow', version: 1 }]]);
    assert.match((await h.client.metadata.getWorkflowDef('defs_flow', 1)).description ?? '', /^A workflow/);

    await registerDefinitionFile(h.client, changed, asker(true));
    assert.match((await h.client.metadata.getWorkflowDef('defs_flow', 1)).description ?? '', /^Changed/);
  });

  void it('§3.4 adds an event handler, and on 409 asks, then updates it', async () => {
    await registerDefinitionFile(h.client, fixtureFile('defs_handler.event.json'), asker(true));
    const inactive = fixtureText('defs_handler.event.json').replace('"active": true', '"active": false');
    const ask = asker(true);
    await registerDefinitionFile(h.client, readDefinitionFile('h.event.json', inactive), ask);
    assert.deepEqual(ask.asked, [[{ kind: 'event', name: 'defs_handler' }]]);
    const handler = (await h.client.events.list()).find((each) => each.name === 'defs_handler');
    assert.equal(handler?.active, false);
  });

  void it('rejects with the server error (a 400 with validationErrors) for the caller to place', async () => {
    await assert.rejects(
      registerDefinitionFile(h.client, fixtureFile('defs_rejected.workflow.json'), asker(true)),
      (error: unknown) =>
        error instanceof ConductorApiError && error.status === 400 && !!error.validationErrors?.length,
    );
  });

  void it('unregisters what a file names', async () => {
    await unregisterDefinitions(h.client, [
      { kind: 'workflow', name: 'defs_flow', version: 1 },
      { kind: 'event', name: 'defs_handler' },
      { kind: 'taskdef', name: 'defs_task_b' },
    ]);
    await assert.rejects(h.client.metadata.getWorkflowDef('defs_flow', 1), (e: ConductorApiError) => e.isNotFound);
    await assert.rejects(h.client.metadata.getTaskDef('defs_task_b'), (e: ConductorApiError) => e.isNotFound);
    assert.ok(!(await h.client.events.list()).some((each) => each.name === 'defs_handler'));
  });
});
