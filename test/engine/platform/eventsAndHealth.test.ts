/**
 * Event handler CRUD (reference/conductor.md §3.4, §1.9) and the health/version endpoints over real HTTP.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ErrorResponse, EventHandler } from '../../../common/src/model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPlatformServer } from './platformServer';
import type { PlatformServer } from './platformServer';

let server: PlatformServer;
/** The extension's version, which the engine reports (not a constant of its own). */
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }
).version;

before(async () => {
  server = await startPlatformServer();
});

after(() => server.close());

function handler(name: string, active: boolean, event = 'conductor:wf:done'): EventHandler {
  return { name, event, active, actions: [{ action: 'start_workflow', start_workflow: { name: 'next' } }] };
}

void describe('event handlers', () => {
  void it('adds, lists, filters by event (active only by default), updates and deletes', async () => {
    assert.equal((await server.call('POST', '/api/event', handler('on', true))).status, 200);
    assert.equal((await server.call('POST', '/api/event', handler('off', false))).status, 200);
    assert.equal((await server.call('POST', '/api/event', handler('elsewhere', true, 'sqs:q'))).status, 200);
    const all = (await (await server.call('GET', '/api/event')).json()) as EventHandler[];
    assert.deepEqual(
      all.map((h) => h.name),
      ['elsewhere', 'off', 'on'],
    );
    const active = (await (await server.call('GET', '/api/event/conductor:wf:done')).json()) as EventHandler[];
    assert.deepEqual(
      active.map((h) => h.name),
      ['on'],
    );
    const every = (await (
      await server.call('GET', '/api/event/conductor:wf:done?activeOnly=FALSE')
    ).json()) as EventHandler[];
    assert.deepEqual(
      every.map((h) => h.name),
      ['off', 'on'],
    );
    assert.equal((await server.call('PUT', '/api/event', handler('off', true))).status, 200);
    const now = (await (await server.call('GET', '/api/event/conductor:wf:done')).json()) as EventHandler[];
    assert.equal(now.length, 2);
    assert.equal((await server.call('DELETE', '/api/event/off')).status, 200);
  });

  void it('answers 409 for a duplicate name and 404 for updating or deleting an unknown one', async () => {
    await server.call('POST', '/api/event', handler('dup', true));
    const conflict = await server.call('POST', '/api/event', handler('dup', true));
    assert.equal(conflict.status, 409);
    assert.equal(((await conflict.json()) as ErrorResponse).message, 'EventHandler with name dup already exists!');
    const update = await server.call('PUT', '/api/event', handler('ghost', true));
    assert.equal(update.status, 404);
    assert.equal(((await update.json()) as ErrorResponse).message, 'EventHandler with name ghost not found!');
    assert.equal((await server.call('DELETE', '/api/event/ghost')).status, 404);
  });

  void it('stores the Conductor default active=false when absent', async () => {
    const { active: _active, ...inactive } = handler('defaulted', true);
    assert.equal((await server.call('POST', '/api/event', inactive)).status, 200);
    const all = (await (await server.call('GET', '/api/event')).json()) as EventHandler[];
    assert.equal(all.find((h) => h.name === 'defaulted')?.active, false);
  });

  void it('drops keys that are no EventHandler field, as Conductor ignores them (§0, §1.9)', async () => {
    const body = { $schema: './event-handler.schema.json', ...handler('unknown_keys', true), enabled: true };
    assert.equal((await server.call('POST', '/api/event', body)).status, 200);
    const all = (await (await server.call('GET', '/api/event')).json()) as Record<string, unknown>[];
    const stored = all.find((h) => h['name'] === 'unknown_keys');
    assert.equal(stored?.['event'], 'conductor:wf:done');
    assert.equal(stored !== undefined && ('$schema' in stored || 'enabled' in stored), false);
  });

  void it('rejects a handler without actions with Conductor message', async () => {
    const response = await server.call('POST', '/api/event', { name: 'empty', event: 'sqs:q', actions: [] });
    assert.equal(response.status, 400);
    const body = (await response.json()) as ErrorResponse;
    assert.deepEqual(body.validationErrors, [
      {
        path: 'addEventHandler.eventHandler.actions',
        message: 'No actions specified. Please specify at-least one action',
      },
    ]);
  });
});

void describe('health and version', () => {
  void it('answers healthy on /health and /api/health, naming the engine and its version', async () => {
    for (const path of ['/health', '/api/health']) {
      const response = await server.call('GET', path);
      assert.equal(response.status, 200);
      const status = (await response.json()) as { healthy: boolean; healthResults: unknown[] };
      assert.equal(status.healthy, true);
      assert.deepEqual(status.healthResults, [
        { name: 'conductor-workflows-engine', healthy: true, details: { version: PACKAGE_VERSION } },
      ]);
    }
  });

  void it("answers the extension's version from package.json as text", async () => {
    const response = await server.call('GET', '/api/version');
    assert.equal(response.headers.get('content-type'), 'text/plain;charset=UTF-8');
    assert.equal(await response.text(), PACKAGE_VERSION);
  });
});
